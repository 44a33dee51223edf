"""Pages to clean text: trafilatura first, then recall mode, then the feed.

``extract_page`` takes the raw HTML and returns the text with its metadata
and the path that produced it (``trafilatura``, ``trafilatura_recall`` or
``feed_summary``), so that weak extractions can be found later.

Trafilatura drops every character that ``str.isprintable()`` rejects, among
them the zero-width non-joiner (U+200C) and joiner (U+200D) that Persian and
other Arabic-script spellings rely on (Ayatollah is written with a ZWNJ
inside). They are swapped for printable stand-ins in the parsed page and
swapped back in the extracted strings, so the stored text keeps the spelling
as written.
"""

from __future__ import annotations

import html as html_lib
import re
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from dateutil import parser as date_parser

if TYPE_CHECKING:
    from lxml.html import HtmlElement

from pipeline.models import Entry
from pipeline.urls import canonical_url, host_of

__all__ = [
    "Extracted",
    "NotAnArticle",
    "detect_language",
    "extract_page",
    "parse_published",
    "strip_tags",
]

_HTML_LANG = re.compile(rb"<html[^>]*\blang\s*=\s*[\"']?([a-zA-Z]{2,3})", re.IGNORECASE)
_PUBLISHED_MARK = re.compile(
    rb"article:published_time|datePublished|name=[\"']?(?:pubdate|date)\b",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"[ \t\r\f\v]+")
# ZWNJ and ZWJ change how Arabic-script words are written; trafilatura also
# strips bidi marks, soft hyphens and word joiners, which we let go
_JOINERS = ("\u200c", "\u200d")
# printable symbols (alchemical) that trafilatura keeps; private-use and
# noncharacter code points are stripped like the joiners themselves
_STAND_INS = tuple(chr(code) for code in range(0x1F700, 0x1F710))


MIN_ARTICLE_CHARS = 80
ARTICLE_PAGE_TYPES = {"article", "newsarticle", "news", "blogposting", "reportagenewsarticle"}


class NotAnArticle(ValueError):
    """The page yields no article text by any extraction path."""


@dataclass(frozen=True, slots=True)
class Extracted:
    text: str
    extraction: str
    title: str | None = None
    published: datetime | None = None
    language: str | None = None
    canonical: str | None = None


def strip_tags(fragment: str) -> str:
    """Plain text of a small HTML fragment such as a feed summary."""
    text = html_lib.unescape(_TAG.sub(" ", fragment))
    return "\n".join(_SPACE.sub(" ", line).strip() for line in text.splitlines() if line.strip())


def detect_language(text: str) -> str | None:
    sample = text[:2000].strip()
    if len(sample) < 20:
        return None
    # imported when first needed: a run with nothing new never loads it
    from pipeline.langmodel import identifier

    lang, _score = identifier().classify(sample)
    return str(lang)


def parse_published(value: Any) -> datetime | None:
    """A date, datetime or ISO/RFC string as an aware UTC datetime."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, tzinfo=UTC)
    if not isinstance(value, str):
        raise ValueError(f"not a date: {value!r}")
    parsed = date_parser.parse(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _same_site(a: str, b: str) -> bool:
    def bare(host: str) -> str:
        return host[4:] if host.startswith("www.") else host

    return bare(host_of(a)) == bare(host_of(b))


def _protect_joiners(tree: HtmlElement) -> dict[int, str]:
    """Swap the joiners in ``tree`` for stand-ins absent from the page.

    Returns the ``str.translate`` table that swaps them back.
    """
    nodes = list(tree.iter())
    page = "".join(
        "".join((node.text or "", node.tail or "", *node.attrib.values())) for node in nodes
    )
    used = [joiner for joiner in _JOINERS if joiner in page]
    free = [stand_in for stand_in in _STAND_INS if stand_in not in page]
    swaps = dict(zip(used, free, strict=False))
    if not swaps:
        return {}
    forward = str.maketrans(swaps)
    for node in nodes:
        if node.text:
            node.text = node.text.translate(forward)
        if node.tail:
            node.tail = node.tail.translate(forward)
        for name, value in node.attrib.items():
            node.attrib[name] = value.translate(forward)
    return {ord(stand_in): joiner for joiner, stand_in in swaps.items()}


def _restore(value: Any, back: dict[int, str]) -> Any:
    if isinstance(value, str):
        return value.translate(back)
    if isinstance(value, list):
        return [_restore(item, back) for item in value]
    return value


def _date_params() -> dict[str, Any]:
    """htmldate reads the markup (meta tags, structured data, time elements)
    and the URL, never the prose: a date the text mentions ("since 2003", "the
    1979 revolution", a year alone read as 1 January) is not when the page
    was published."""
    return {
        "original_date": True,
        "extensive_search": False,
        "max_date": datetime.now(UTC).strftime("%Y-%m-%d"),
    }


def _run(
    html: HtmlElement | bytes | str,
    url: str,
    *,
    recall: bool,
    back: dict[int, str],
    metadata: bool = True,
) -> dict[str, Any] | None:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=metadata,
        include_comments=False,
        include_tables=True,
        favor_recall=recall,
        date_extraction_params=_date_params(),
    )
    if doc is None:
        return None
    fields = doc if isinstance(doc, dict) else doc.as_dict()
    return {key: _restore(value, back) for key, value in fields.items()} if back else fields


def _page_metadata(tree: HtmlElement, url: str, back: dict[int, str]) -> dict[str, Any]:
    """The title, URL and page type that trafilatura's metadata extraction finds.

    The same steps as ``trafilatura.metadata.extract_metadata`` for these three
    fields (meta tags, then JSON-LD, then the page's own title and canonical
    link), without what it also looks for and a page with its date in the feed
    does not need: the publication date (htmldate searches the whole page for
    it), author, site name, categories, tags and licence.  None of those steps
    changes the tree or these fields (``tests/unit/test_extract.py`` compares
    the two).
    """
    from trafilatura.metadata import examine_meta, extract_meta_json, extract_title, extract_url

    found = examine_meta(tree)
    with suppress(Exception):  # trafilatura's own guard: bugs in its JSON-LD reading
        found = extract_meta_json(tree, found)
    if not found.title:
        found.title = extract_title(tree)
    if not found.url:
        found.url = extract_url(tree, url)
    found.clean_and_trim()
    fields = {"title": found.title, "url": found.url, "pagetype": found.pagetype}
    return {key: _restore(value, back) for key, value in fields.items()} if back else fields


def extract_page(
    html: bytes | str, *, url: str, entry: Entry | None = None, min_chars: int = 250
) -> Extracted:
    """Clean text and metadata of one page, falling back as needed."""
    meta: dict[str, Any] = {}
    text = ""
    extraction = ""
    # parsed once here (trafilatura works on a copy) so the joiners can be kept
    import trafilatura  # imported when first needed: a run with nothing new never loads it

    tree = trafilatura.load_html(html)
    back = _protect_joiners(tree) if tree is not None else {}
    page = tree if tree is not None else html
    # the feed's date wins over the page's: then the date search is skipped, and
    # the other fields read off the tree once (the same values either way)
    dated = bool(entry is not None and entry.published and url and tree is not None)
    for recall, name in ((False, "trafilatura"), (True, "trafilatura_recall")):
        doc = _run(page, url, recall=recall, back=back, metadata=not dated)
        if doc and len((doc.get("text") or "").strip()) >= min_chars:
            meta, text, extraction = doc, doc["text"].strip(), name
            break
        if doc and not meta:
            meta = doc
    if dated and meta and tree is not None:
        meta = {**meta, **_page_metadata(tree, url, back)}
    if not text:
        # neither mode reached min_chars: keep the longer of the short
        # extraction and the feed's own summary
        summary = strip_tags(entry.summary) if entry is not None and entry.summary else ""
        short = (meta.get("text") or "").strip()
        text, extraction = max(
            (summary, "feed_summary"), (short, "trafilatura_short"), key=lambda c: len(c[0])
        )
    if len(text) < MIN_ARTICLE_CHARS:
        raise NotAnArticle(
            f"{url}: no article text found ({len(text)} characters after all fallbacks)"
        )
    raw = html.encode("utf-8", "replace") if isinstance(html, str) else html
    page_type = (meta.get("pagetype") or "").lower()
    if page_type and page_type not in ARTICLE_PAGE_TYPES and not _PUBLISHED_MARK.search(raw):
        # og:type says "website" (an about, tag or home page) and nothing in
        # the markup claims a publication time
        raise NotAnArticle(f"{url}: not an article (page type {page_type!r}, no publication time)")

    lang_match = _HTML_LANG.search(raw[:4000])
    language = (
        lang_match.group(1).decode().lower()
        if lang_match
        else (entry.language if entry and entry.language else detect_language(text))
    )
    canonical = None
    if meta.get("url") and meta["url"] != url and _same_site(meta["url"], url):
        try:
            canonical = canonical_url(meta["url"])
        except ValueError:
            canonical = None
    published = entry.published if entry and entry.published else None
    if published is None and meta.get("date"):
        try:
            published = parse_published(meta["date"])
        except (ValueError, OverflowError):
            published = None
    title = meta.get("title") or (entry.title if entry else None)
    return Extracted(
        text=text,
        extraction=extraction,
        title=title,
        published=published,
        language=language,
        canonical=canonical,
    )
