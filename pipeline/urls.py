"""URLs: which ones we use at all, and one canonical key per page.

``check_url`` is the gate every URL passes when it is read (a feed in
``feeds.yaml``, an entry's link, a redirect target, an imported line): it
returns the URL or raises ``URLError`` with a one-line reason (control
characters, no host, a port out of range, a host name that IDNA rejects such
as ``xn--``), so one bad URL is that item's error and never the run's.

``canonical_url`` removes what varies between links to the same page
(tracking parameters, fragments, default ports, AMP and mobile variants) and
unwraps redirect links (Google News article links whose payload carries the
target, ``google.com/url?q=...``).  courlan does the general normalisation
of scheme, host and path; the query is ours: only the parameters named in
``TRACKING_PARAMS`` (or starting with one of ``TRACKING_PREFIXES``) are
dropped, because courlan's own list also drops parameters that identify the
article (``cid``, ``eid``).
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Sequence
from typing import TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pipeline._httpx import httpx

__all__ = [
    "TRACKING_PARAMS",
    "TRACKING_PREFIXES",
    "URLError",
    "by_host",
    "canonical_url",
    "check_url",
    "host_of",
    "is_http_url",
    "is_tracking_param",
    "unwrap_redirect",
]

T = TypeVar("T")

#: Query parameters that only say how a reader arrived (campaigns, ad clicks,
#: newsletters, share buttons), never which page it is.  Keep this list to
#: known trackers: any other parameter may identify the article (``id``,
#: ``eid``, ``cid``, ``p``, ``article``, ``story`` ...) and stays in the URL.
TRACKING_PARAMS = frozenset(
    {
        # ad and social click ids
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid",
        "twclid", "ttclid", "igshid", "li_fat_id", "epik", "srsltid",
        # analytics and marketing suites
        "_ga", "_gl", "_hsenc", "_hsmi", "__hstc", "__hssc", "__hsfp", "hsctatracking",
        "mc_cid", "mc_eid", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv",
        "wt.mc_id", "wt_mc_id", "ncid", "cmpid", "s_cid", "icid", "ocid", "xtor", "spm",
        "__twitter_impression", "ref_src", "ref_url", "smid", "cmp", "ito", "sr_share",
        "share", "rss", "from_rss", "ns_campaign", "ns_mchannel", "ns_source", "ns_linkname",
        "ns_fee", "traffic_source",
    }
)  # fmt: skip
#: Parameter families whose every member is a tracker (``utm_source``, ``utm_medium``...).
TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_", "matomo_", "piwik_", "hsa_", "stm_")

_MOBILE_HOST = re.compile(r"^(?:m|mobile|amp|mobil)\.", re.IGNORECASE)
_AMP_PATH = re.compile(r"(?:/amp/?$|/amp(?=/)|\.amp(?=\.html?$)|/amp\.html?$)", re.IGNORECASE)
_AMP_PARAMS = {"amp", "outputtype", "output", "mobile", "m"}
_EMBEDDED_URL = re.compile(rb"https?://[\x21-\x7e]+")
_GOOGLE_NEWS = re.compile(r"^/(?:__i/)?rss/articles/|^/articles/", re.IGNORECASE)


MAX_URL_CHARS = 8192
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_HOST_CHARS = re.compile(r"^[A-Za-z0-9._-]+$")


class URLError(ValueError):
    """A URL that cannot be fetched or stored; the message says why, on one line."""


def _shown(url: str) -> str:
    return repr(url if len(url) <= 200 else url[:200] + "...")


def check_url(url: object) -> str:
    """Return ``url`` (outer whitespace removed) when it is a usable http(s) URL.

    Raises ``URLError`` naming the URL and the reason otherwise.

    >>> check_url(" https://example.org/a?id=1 ")
    'https://example.org/a?id=1'
    """
    if not isinstance(url, str):
        raise URLError(f"not a URL: {url!r}")
    text = url.strip()
    if not text:
        raise URLError("empty URL")
    if len(text) > MAX_URL_CHARS:
        raise URLError(f"{_shown(text)}: longer than {MAX_URL_CHARS} characters")
    control = _CONTROL.search(text)
    if control:
        code = ord(control.group(0))
        raise URLError(f"{_shown(text)}: contains the control character U+{code:04X}")
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - reading it validates the port
    except ValueError as exc:
        raise URLError(f"{_shown(text)}: {exc}") from exc
    if parts.scheme.lower() not in {"http", "https"}:
        raise URLError(f"{_shown(text)}: not an http(s) URL")
    if not parts.hostname:
        raise URLError(f"{_shown(text)}: no host name")
    try:
        parsed = httpx.URL(text)
        parsed.host  # noqa: B018 - decoding the host runs the IDNA checks
        raw_host = parsed.raw_host.decode("ascii")
    except (httpx.InvalidURL, UnicodeError, ValueError) as exc:
        raise URLError(f"{_shown(text)}: invalid host name ({exc})") from exc
    if ":" not in raw_host and not _HOST_CHARS.match(raw_host):
        raise URLError(f"{_shown(text)}: invalid host name {parts.hostname!r}")
    return text


def is_tracking_param(name: str) -> bool:
    """True for a query parameter that is a known tracker (see ``TRACKING_PARAMS``)."""
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


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


def by_host(items: Sequence[T], url_of: Callable[[T], str]) -> list[T]:
    """``items`` round-robin over their hosts (each host's own order kept), so
    that workers sharing per-host limits never queue behind one host."""
    lanes: dict[str, list[T]] = {}
    for item in items:
        lanes.setdefault(host_of(url_of(item)), []).append(item)
    out: list[T] = []
    for index in range(max((len(lane) for lane in lanes.values()), default=0)):
        out.extend(lane[index] for lane in lanes.values() if index < len(lane))
    return out


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
        raise URLError(f"not an http(s) URL: {url!r}")
    url = check_url(url)
    import courlan  # imported when first needed: a run with nothing new never loads it

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
    # the query of the link itself, not courlan's (which drops cid, eid...)
    kept = [
        (k, v)
        for k, v in parse_qsl(urlsplit(url).query, keep_blank_values=True)
        if k and k.lower() not in _AMP_PARAMS and not is_tracking_param(k)
    ]
    query = urlencode(sorted(kept, key=lambda pair: pair[0]))
    return urlunsplit((parts.scheme, host.lower(), path, query, ""))
