"""Canonical URLs: one key per page, whatever link led to it.

``canonical_url`` removes what varies between links to the same page
(tracking parameters, fragments, default ports, AMP and mobile variants) and
unwraps redirect links (Google News article links whose payload carries the
target, ``google.com/url?q=...``).  courlan does the general normalisation;
this module adds the news-specific rules on top.
"""

from __future__ import annotations

import base64
import binascii
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import courlan

__all__ = ["canonical_url", "host_of", "is_http_url", "unwrap_redirect"]

_MOBILE_HOST = re.compile(r"^(?:m|mobile|amp|mobil)\.", re.IGNORECASE)
_AMP_PATH = re.compile(r"(?:/amp/?$|/amp(?=/)|\.amp(?=\.html?$)|/amp\.html?$)", re.IGNORECASE)
_AMP_PARAMS = {"amp", "outputtype", "output", "mobile", "m"}
_EMBEDDED_URL = re.compile(rb"https?://[\x21-\x7e]+")
_GOOGLE_NEWS = re.compile(r"^/(?:__i/)?rss/articles/|^/articles/", re.IGNORECASE)


def is_http_url(url: str) -> bool:
    """True for an absolute http(s) URL with a host."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme in {"http", "https"} and bool(parts.hostname)


def host_of(url: str) -> str:
    """The lower-case host name of ``url`` ('' when there is none)."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def unwrap_redirect(url: str) -> str:
    """Return the target of a known redirect link, or ``url`` unchanged."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.endswith("google.com") and parts.path == "/url":
        params = dict(parse_qsl(parts.query))
        target = params.get("q") or params.get("url")
        if target and is_http_url(target):
            return target
    if host == "news.google.com" and _GOOGLE_NEWS.match(parts.path):
        token = parts.path.rstrip("/").rsplit("/", 1)[-1]
        target = _decode_google_news(token)
        if target:
            return target
    return url


def _decode_google_news(token: str) -> str | None:
    """Old-style Google News ids are base64 protobufs that embed the URL."""
    padded = token + "=" * (-len(token) % 4)
    try:
        raw = base64.urlsafe_b64decode(padded)
    except (binascii.Error, ValueError):
        return None
    match = _EMBEDDED_URL.search(raw)
    if not match:
        return None
    candidate = match.group(0)
    # a one-byte protobuf length prefix, when present, tells where the URL ends
    start = match.start()
    if start >= 1 and 10 <= raw[start - 1] < 0x80 and start + raw[start - 1] <= len(raw):
        candidate = raw[start : start + raw[start - 1]]
    try:
        text = candidate.decode("ascii")
    except UnicodeDecodeError:
        return None
    return text if is_http_url(text) else None


def canonical_url(url: str) -> str:
    """The key under which a page is stored.

    >>> canonical_url("https://m.example.com/news/a/amp/?utm_source=x#top")
    'https://example.com/news/a'
    """
    url = unwrap_redirect(url.strip())
    if not is_http_url(url):
        raise ValueError(f"not an http(s) URL: {url!r}")
    normalized = courlan.normalize_url(url) or url
    parts = urlsplit(normalized)
    host = _MOBILE_HOST.sub("", parts.hostname or "")
    if parts.port and not (
        (parts.scheme == "http" and parts.port == 80)
        or (parts.scheme == "https" and parts.port == 443)
    ):
        host = f"{host}:{parts.port}"
    path = _AMP_PATH.sub("", parts.path) or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    query = urlencode(
        [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if k and k.lower() not in _AMP_PARAMS
        ]
    )
    return urlunsplit((parts.scheme, host.lower(), path, query, ""))
