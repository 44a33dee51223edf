"""Pages and imported lines to articles with their detection.

Plain functions: the HTML or text comes in, an ``Article`` and a
``Detection`` go out.  ``pipeline.tasks`` feeds them from the network (feed
entries and fetched pages) or from a JSON Lines file; both go through
``build_article`` and then ``detect``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from pipeline.dedup import signature
from pipeline.models import Article, Detection, Entry
from pipeline.urls import URLError, canonical_url, check_url, host_of, is_http_url

__all__ = [
    "ImportLineError",
    "Ingested",
    "article_id_for",
    "build_article",
    "from_import_line",
    "from_page",
    "import_lines",
    "redetect",
]


class ImportLineError(ValueError):
    """One line of an import file cannot be used (the message names why)."""


@dataclass(frozen=True, slots=True)
class Ingested:
    article: Article
    detection: Detection
    urls: tuple[str, ...]


def article_id_for(url: str) -> str:
    """Stable 16-hex-character key of a canonical URL."""
    return hashlib.blake2b(url.encode("utf-8"), digest_size=8).hexdigest()


def build_article(
    *,
    url: str,
    text: str,
    extraction: str,
    original_url: str | None = None,
    html: bytes | None = None,
    title: str | None = None,
    published: datetime | None = None,
    language: str | None = None,
    source: str | None = None,
    feed_url: str | None = None,
    fetched_at: datetime | None = None,
) -> Article:
    canonical = canonical_url(url)
    digest, values = signature(text)
    return Article(
        article_id=article_id_for(canonical),
        url=canonical,
        original_url=original_url or url,
        text=text,
        extraction=extraction,
        fingerprint=digest,
        sketch=tuple(values),
        feed_url=feed_url,
        source=source or host_of(canonical) or None,
        title=title,
        published=published,
        language=language,
        html=html,
        fetched_at=fetched_at,
    )


def redetect(article: Article) -> Detection:
    # the detector's modules and each language's tables (compiled when first
    # used, a tenth of a second or more each): loaded only when there is
    # something to detect
    from pipeline.detect import detect

    return detect(
        article.text,
        title=article.title,
        url=article.url,
        published=article.published,
        lang=article.language,
    )


def from_page(
    entry: Entry, *, final_url: str, body: bytes, fetched_at: datetime, min_chars: int
) -> Ingested:
    """Extract and detect one fetched page.  Raises ``NotAnArticle``."""
    from pipeline.extract import extract_page

    extracted = extract_page(body, url=final_url, entry=entry, min_chars=min_chars)
    article = build_article(
        url=extracted.canonical or final_url,
        original_url=entry.url,
        text=extracted.text,
        extraction=extracted.extraction,
        html=body,
        title=extracted.title or entry.title,
        published=extracted.published,
        language=extracted.language,
        source=entry.source,
        feed_url=entry.feed_url,
        fetched_at=fetched_at,
    )
    urls = _url_forms(article.url, entry.url, final_url)
    return Ingested(article, redetect(article), urls)


def from_import_line(data: Any, *, min_chars: int, imported_at: datetime) -> Ingested:
    """One JSON Lines record: ``url`` plus ``text`` or ``html``."""
    from pipeline.extract import detect_language, extract_page, parse_published

    if not isinstance(data, dict):
        raise ImportLineError("expected a JSON object")
    url = data.get("url")
    if not isinstance(url, str) or not is_http_url(url):
        raise ImportLineError(f"'url' must be an http(s) URL, got {url!r}")
    try:
        url = check_url(url)
    except URLError as exc:
        raise ImportLineError(f"'url' is not usable: {exc}") from exc
    text, html = data.get("text"), data.get("html")
    if not (isinstance(text, str) and text.strip()) and not (
        isinstance(html, str) and html.strip()
    ):
        raise ImportLineError(f"{url}: needs a non-empty 'text' or 'html'")
    for key in ("title", "source", "lang"):
        if data.get(key) is not None and not isinstance(data[key], str):
            raise ImportLineError(f"{url}: '{key}' must be a string")
    try:
        published = parse_published(data.get("published"))
    except (ValueError, OverflowError) as exc:
        raise ImportLineError(
            f"{url}: 'published' is not a date: {data.get('published')!r}"
        ) from exc
    entry = Entry(url=url, title=data.get("title"), published=published, language=data.get("lang"))
    if isinstance(html, str) and html.strip():
        extracted = extract_page(html.encode("utf-8"), url=url, entry=entry, min_chars=min_chars)
        text_out, extraction = extracted.text, f"import_html:{extracted.extraction}"
        title = data.get("title") or extracted.title
        language = data.get("lang") or extracted.language
        published = published or extracted.published
        raw: bytes | None = html.encode("utf-8")
    else:
        assert isinstance(text, str)
        text_out, extraction, raw = text.strip(), "import_text", None
        title, language = data.get("title"), data.get("lang") or detect_language(text)
    article = build_article(
        url=url,
        text=text_out,
        extraction=extraction,
        html=raw,
        title=title,
        published=published,
        language=language,
        source=data.get("source"),
        fetched_at=imported_at,
    )
    return Ingested(article, redetect(article), _url_forms(article.url, url))


def import_lines(path: Path, *, max_bytes: int) -> Iterator[tuple[int, str | None, str | None]]:
    """``(line number, text, None)`` for each non-blank line of a JSON Lines file,
    or ``(line number, None, error)`` for a line that cannot be read.

    A line longer than ``max_bytes`` is refused by number and skipped without
    being held in memory; a line that is not UTF-8 is refused by number.  A
    file that starts with binary data (a NUL byte in its first 8 KB) raises
    ``ImportLineError``: one line for the whole file, not one per line.
    """
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise ImportLineError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    with handle:
        head = handle.peek(8192)[:8192]
        if b"\x00" in head:
            raise ImportLineError(
                f"{path}: binary data (NUL byte at offset {head.index(0)}), not JSON Lines text"
            )
        number = 0
        while raw := handle.readline(max_bytes + 1):
            number += 1
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                _skip_line(handle)
                yield number, None, f"{path}:{number}: line longer than {max_bytes} bytes, skipped"
                continue
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield number, None, f"{path}:{number}: not UTF-8 text (byte {exc.start + 1})"
                continue
            if text.strip():
                yield number, text, None


def _skip_line(handle: BinaryIO) -> None:
    """Read past the end of the current line, 64 KB at a time."""
    while chunk := handle.readline(1 << 16):
        if chunk.endswith(b"\n"):
            return


def _url_forms(*urls: str) -> tuple[str, ...]:
    """The canonical URL first, then the other forms, without repeats."""
    out: list[str] = []
    for url in dict.fromkeys(urls):  # a repeated form adds nothing: canonicalised once
        if url and url not in out:
            out.append(url)
        try:
            canonical = canonical_url(url)
        except ValueError:
            continue
        if canonical not in out:
            out.append(canonical)
    return tuple(out)
