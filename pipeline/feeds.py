"""Feed lists and feed documents: ``feeds.yaml``, OPML, RSS/Atom bytes.

Everything here parses strings or bytes and returns plain data; polling over
HTTP lives in :mod:`pipeline.poll`.
"""

from __future__ import annotations

import calendar
import io
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from pipeline.models import Entry, Feed
from pipeline.textfiles import read_text_file, yaml_problem
from pipeline.urls import URLError, canonical_url, check_url, is_http_url

# feedparser (and the chardet it loads) only when a feed returned a body, ruamel
# only when the feed list is edited: a run where every feed answers 304 loads neither
if TYPE_CHECKING:
    from ruamel.yaml import YAML

__all__ = [
    "FEED_KEYS",
    "FeedFileError",
    "FeedParseError",
    "ParsedFeed",
    "add_to_feeds_yaml",
    "dump_feeds_yaml",
    "load_feeds",
    "parse_feed",
    "parse_feeds_yaml",
    "parse_opml",
]


class FeedFileError(ValueError):
    """A feed list (YAML or OPML) cannot be read; the message names the file and item."""


class FeedParseError(ValueError):
    """A response body is not an RSS or Atom feed."""


FEED_KEYS = ("url", "name", "language", "tags", "verified")


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str | None
    entries: tuple[Entry, ...]
    bozo: bool
    bozo_reason: str | None
    #: one line per entry left out because its link is not a usable URL
    rejected: tuple[str, ...] = ()


def _text(item: Mapping[str, Any], key: str, where: str) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise FeedFileError(f"{where}: '{key}' must be text, not {value!r}")
    return value.strip() or None


def parse_feeds_yaml(text: str, *, source: str = "feeds.yaml") -> list[Feed]:
    """Read a ``feeds:`` list; every item needs an http(s) ``url``.

    Types are checked, never coerced: ``verified`` is true or false,
    ``name`` and ``language`` are text, ``tags`` a list of text, and an
    unknown key is an error (a typo must not be ignored silently).
    """
    try:
        # libyaml where PyYAML has it: a list of a thousand feeds in 0.02 s, not 0.2 s
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise FeedFileError(f"{source}: not valid YAML: {yaml_problem(exc)}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("feeds"), list):
        raise FeedFileError(f"{source}: expected a top-level 'feeds:' list")
    feeds: list[Feed] = []
    seen: set[str] = set()
    for index, item in enumerate(data["feeds"], start=1):
        where = f"{source}: feed #{index}"
        if not isinstance(item, dict):
            raise FeedFileError(f"{where}: expected a mapping with 'url'")
        url = item.get("url")
        if not isinstance(url, str) or not is_http_url(url):
            raise FeedFileError(f"{where}: 'url' must be an http(s) URL, got {url!r}")
        where = f"{where} ({url})"
        unknown = sorted(str(k) for k in item if k not in FEED_KEYS)
        if unknown:
            raise FeedFileError(f"{where}: unknown keys {unknown}; allowed: {list(FEED_KEYS)}")
        tags = item.get("tags") or []
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise FeedFileError(f"{where}: 'tags' must be a list of strings, not {tags!r}")
        verified = item.get("verified", False)
        if not isinstance(verified, bool):
            raise FeedFileError(f"{where}: 'verified' must be true or false, not {verified!r}")
        name, language = _text(item, "name", where), _text(item, "language", where)
        if url in seen:
            continue
        seen.add(url)
        feeds.append(
            Feed(url=url.strip(), name=name, language=language, tags=tuple(tags), verified=verified)
        )
    return feeds


def load_feeds(path: Path) -> list[Feed]:
    return parse_feeds_yaml(read_text_file(path, "a feed list", FeedFileError), source=str(path))


def _round_trip(text: str) -> YAML:
    """A round-trip YAML (comments, order, quoting kept) indenting as ``text`` does."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError as RoundTripError
    from ruamel.yaml.util import load_yaml_guess_indent

    rt = YAML()
    rt.preserve_quotes = True
    rt.width = 4096
    try:
        _, indent, offset = load_yaml_guess_indent(text)
    except RoundTripError:
        indent, offset = None, None
    indent = indent or 4
    rt.indent(mapping=indent, sequence=indent, offset=2 if offset is None else offset)
    return rt


def add_to_feeds_yaml(text: str | None, feeds: Iterable[Feed], *, source: str) -> str:
    """``text`` (a feed list) with ``feeds`` appended, everything else as it was.

    Comments, key order, quoting and flow lists of the existing entries are
    kept; ``text`` of ``None`` starts a new file.  Validate ``text`` with
    :func:`parse_feeds_yaml` first.
    """
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.error import YAMLError as RoundTripError

    text = text if text is not None else "# PardonWatch feed list\nfeeds: []\n"
    rt = _round_trip(text)
    try:
        data = rt.load(text)
    except RoundTripError as exc:
        raise FeedFileError(f"{source}: not valid YAML: {exc}") from exc
    items = data.get("feeds") if isinstance(data, CommentedMap) else None
    if not isinstance(items, CommentedSeq):
        raise FeedFileError(f"{source}: expected a top-level 'feeds:' list")
    items.fa.set_block_style()
    for feed in feeds:
        item = CommentedMap(url=feed.url)
        if feed.name:
            item["name"] = feed.name
        if feed.language:
            item["language"] = feed.language
        if feed.tags:
            tags = CommentedSeq(feed.tags)
            tags.fa.set_flow_style()
            item["tags"] = tags
        item["verified"] = feed.verified
        items.append(item)
    out = io.StringIO()
    rt.dump(data, out)
    return out.getvalue()


def dump_feeds_yaml(feeds: Iterable[Feed]) -> str:
    items: list[dict[str, Any]] = []
    for feed in feeds:
        item: dict[str, Any] = {"url": feed.url}
        if feed.name:
            item["name"] = feed.name
        if feed.language:
            item["language"] = feed.language
        if feed.tags:
            item["tags"] = list(feed.tags)
        item["verified"] = feed.verified
        items.append(item)
    return yaml.safe_dump({"feeds": items}, allow_unicode=True, sort_keys=False)


def parse_opml(data: bytes | str, *, source: str = "OPML") -> list[Feed]:
    """Every ``<outline xmlUrl=...>`` of an OPML export, with its category as a tag."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise FeedFileError(f"{source}: not valid OPML/XML: {exc}") from exc
    if root.tag.lower() != "opml":
        raise FeedFileError(f"{source}: root element is <{root.tag}>, not <opml>")
    feeds: list[Feed] = []
    seen: set[str] = set()

    def walk(node: ET.Element, tags: tuple[str, ...]) -> None:
        for child in node:
            if child.tag.lower() != "outline":
                continue
            url = child.get("xmlUrl") or child.get("xmlurl")
            label = child.get("title") or child.get("text")
            if url and is_http_url(url) and url not in seen:
                seen.add(url)
                feeds.append(
                    Feed(url=url.strip(), name=label, language=child.get("language"), tags=tags)
                )
            elif not url and label:
                walk(child, (*tags, label))
            else:
                walk(child, tags)

    body = root.find("body")
    if body is None:
        raise FeedFileError(f"{source}: OPML has no <body>")
    walk(body, ())
    return feeds


def parse_feed(
    body: bytes, *, url: str, max_entries: int = 200, content_type: str = "application/xml"
) -> ParsedFeed:
    """Entries of an RSS/Atom document; a malformed feed still yields what parsed.

    Raises ``FeedParseError`` when the body is not a feed at all (an HTML page,
    an empty body, random bytes).
    """
    import feedparser

    headers = {"content-location": url, "content-type": content_type}
    parsed = feedparser.parse(body, response_headers=headers)
    reason = str(parsed.get("bozo_exception")) if parsed.get("bozo") else None
    if not parsed.get("version") and not parsed.entries:
        head = body[:512].lstrip().lower()
        what = (
            "an HTML page" if head.startswith((b"<!doctype html", b"<html")) else "not RSS or Atom"
        )
        raise FeedParseError(f"{url}: {what}" + (f" ({reason})" if reason else ""))
    feed_title = parsed.feed.get("title")
    language = parsed.feed.get("language")
    entries = []
    rejected = []
    for item in _newest(parsed.entries, max_entries):
        link = item.get("link") or _first_alternate(item)
        if not link:
            continue
        try:
            link = check_url(link)
        except URLError as exc:
            rejected.append(f"entry link left out: {exc}")
            continue
        try:
            key: str | None = canonical_url(link)  # here: in the parser's process
        except ValueError:
            key = None  # the store's check leaves the entry out
        entries.append(
            Entry(
                url=link,
                key=key,
                feed_url=url,
                title=_opt_str(item.get("title")),
                summary=_opt_str(item.get("summary")),
                published=_published(item),
                language=_opt_str(language),
                source=_opt_str(feed_title),
            )
        )
    bozo = parsed.get("bozo_exception")
    # feedparser's complaints that do not mean the XML is broken
    harmless = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
    if not entries and bozo is not None and not isinstance(bozo, harmless):
        raise FeedParseError(f"{url}: broken XML and no entries ({reason})")
    return ParsedFeed(
        title=_opt_str(feed_title),
        entries=tuple(entries),
        bozo=bool(parsed.get("bozo")),
        bozo_reason=reason,
        rejected=tuple(rejected),
    )


def _published(item: Any) -> datetime | None:
    return _struct_time(item.get("published_parsed") or item.get("updated_parsed"))


def _newest(items: list[Any], limit: int) -> list[Any]:
    """The ``limit`` newest entries by date (undated ones count as oldest), in feed order."""
    if len(items) <= limit:
        return list(items)

    def rank(index: int) -> tuple[int, float, int]:
        when = _published(items[index])
        return (0, -when.timestamp(), index) if when else (1, 0.0, index)

    chosen = sorted(sorted(range(len(items)), key=rank)[: max(0, limit)])
    return [items[i] for i in chosen]


def _first_alternate(item: Any) -> str | None:
    for link in item.get("links") or ():
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return str(link["href"])
    return None


def _struct_time(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    except (OverflowError, ValueError, TypeError):
        return None


def _opt_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
