"""Plain data shared by every stage.

The nouns follow the house vocabulary: feed, entry, article, story, detection,
decree (the fields one detection reads for one decree), claim, event, alert,
run.  Nothing here performs I/O; every stage takes and returns these values.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

__all__ = [
    "Article",
    "Claim",
    "Decree",
    "Detection",
    "Entry",
    "Event",
    "Feed",
    "FeedState",
    "RunSummary",
]


@dataclass(frozen=True, slots=True)
class Feed:
    """A URL we poll, as listed in ``feeds.yaml`` or added from the CLI."""

    url: str
    name: str | None = None
    language: str | None = None
    tags: tuple[str, ...] = ()
    verified: bool = False


@dataclass(frozen=True, slots=True)
class FeedState:
    """What the last poll of one feed left behind (one row of ``feeds``).

    ``url`` is the feed as configured (the key); ``current_url`` is where it
    is polled now, updated when the server answers 301 or 308.
    """

    url: str
    current_url: str | None = None
    name: str | None = None
    language: str | None = None
    tags: tuple[str, ...] = ()
    etag: str | None = None
    last_modified: str | None = None
    last_status: int | None = None
    last_polled_at: datetime | None = None
    last_success_at: datetime | None = None
    consecutive_failures: int = 0
    next_poll_at: datetime | None = None
    last_error: str | None = None
    retired: bool = False
    bozo: bool = False


@dataclass(frozen=True, slots=True)
class Entry:
    """One item of a feed: a link to a page, with what the feed says of it."""

    url: str
    feed_url: str | None = None
    title: str | None = None
    summary: str | None = None
    published: datetime | None = None
    language: str | None = None
    source: str | None = None
    #: the page's canonical URL, when the feed's parser already computed it
    #: (in the parser's worker process, see :func:`pipeline.feeds.parse_feed`)
    key: str | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Article:
    """One URL's page: raw HTML kept, clean text, metadata and fingerprints.

    ``url`` is the canonical URL and the key; ``story_id`` links the copies of
    one wire text (see :mod:`pipeline.dedup`).
    """

    article_id: str
    url: str
    original_url: str
    text: str
    extraction: str
    fingerprint: str
    sketch: tuple[int, ...]
    feed_url: str | None = None
    source: str | None = None
    title: str | None = None
    published: datetime | None = None
    language: str | None = None
    html: bytes | None = None
    fetched_at: datetime | None = None
    story_id: str | None = None


@dataclass(frozen=True, slots=True)
class Decree:
    """The fields one article states about one decree.

    A text that reports several rulers' decrees yields several ``Decree``
    values; ``Detection`` exposes the first one's fields at its top level.
    """

    country: str | None = None
    country_code: str | None = None
    issuer: str | None = None
    count: int | None = None
    count_text: str | None = None
    count_low: int | None = None
    count_high: int | None = None
    # a figure only in words ("tens of thousands", "ده‌ها هزار"): its order of
    # magnitude (10,000) for sorting; count, count_low and count_high stay empty
    count_magnitude: int | None = None
    announced_on: date | None = None
    occasion: str | None = None
    occasion_text: str | None = None
    conditions: tuple[str, ...] = ()
    exclusions: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    # the issuer as the report wrote it; ``issuer`` is its English canonical form
    issuer_text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        # the fields are plain values and tuples of text: a shallow copy (asdict's
        # deep one took 0.07 ms a decree, read again for every claim of an event)
        out = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        out["announced_on"] = self.announced_on.isoformat() if self.announced_on else None
        for key in ("conditions", "exclusions", "evidence"):
            out[key] = list(out[key])
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Decree:
        names = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in names}
        if isinstance(values.get("announced_on"), str):
            values["announced_on"] = date.fromisoformat(values["announced_on"])
        for key in ("conditions", "exclusions", "evidence"):
            values[key] = tuple(values.get(key) or ())
        _legacy_vague(values)
        return cls(**values)


# the ranges detections stored before figures in words got an order of
# magnitude (sql/schema/004_figures.sql does the same for stored claims)
_OLD_VAGUE = {
    (200_000, 999_999): 100_000,
    (20_000, 99_999): 10_000,
    (2_000, 9_999): 1_000,
    (200, 999): 100,
    (24, 99): 10,
    (20, 99): 10,
}


def _legacy_vague(values: dict[str, Any]) -> None:
    """A figure in words stored with the old conventional range: words and
    an order of magnitude instead, as the detector gives them now."""
    text = values.get("count_text") or ""
    bounds = (values.get("count_low"), values.get("count_high"))
    if (
        values.get("count") is None
        and values.get("count_magnitude") is None
        and bounds in _OLD_VAGUE
        and text
        and not any(ch.isdigit() for ch in text)
    ):
        values["count_magnitude"] = _OLD_VAGUE[bounds]
        values["count_low"] = values["count_high"] = None


_EMPTY = Decree()


@dataclass(frozen=True, slots=True)
class Detection:
    """One article's verdict: is it a pardon announcement, and what it says.

    The JSON form (:meth:`to_dict`) is a stable contract read by other tools:
    the top-level field names mirror the first decree, and ``decrees`` lists
    all of them.
    """

    is_pardon_announcement: bool
    confidence: float
    language: str | None = None
    rules: tuple[str, ...] = ()
    decrees: tuple[Decree, ...] = ()
    evidence: tuple[str, ...] = ()

    @property
    def primary(self) -> Decree:
        return self.decrees[0] if self.decrees else _EMPTY

    def to_dict(self) -> dict[str, Any]:
        primary = self.primary.to_dict()
        primary.pop("evidence")
        return {
            "is_pardon_announcement": self.is_pardon_announcement,
            "confidence": round(self.confidence, 3),
            **primary,
            "evidence": list(self.evidence or self.primary.evidence),
            "language": self.language,
            "rules": list(self.rules),
            "decrees": [d.to_dict() for d in self.decrees],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Detection:
        return cls(
            is_pardon_announcement=bool(data["is_pardon_announcement"]),
            confidence=float(data["confidence"]),
            language=data.get("language"),
            rules=tuple(data.get("rules") or ()),
            decrees=tuple(Decree.from_dict(d) for d in data.get("decrees") or ()),
            evidence=tuple(data.get("evidence") or ()),
        )


@dataclass(frozen=True, slots=True)
class Claim:
    """What one article says about one event: figure, date, occasion, evidence.

    Claims are never overwritten by another source's figures; the event shows
    their spread.
    """

    event_id: str
    article_id: str
    article_url: str
    # the article's headline
    title: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    language: str | None = None
    story_id: str | None = None
    count: int | None = None
    count_text: str | None = None
    count_low: int | None = None
    count_high: int | None = None
    count_magnitude: int | None = None
    announced_on: date | None = None
    occasion: str | None = None
    occasion_text: str | None = None
    evidence: tuple[str, ...] = ()
    confidence: float = 0.0
    # "report" (the source states the decree) or "implementation" (a later
    # total or a named release under it); which decree of the detection it is
    kind: str = "report"
    decree_index: int = 0


@dataclass(frozen=True, slots=True)
class Event:
    """One decree, as all its sources together describe it."""

    event_id: str
    country: str | None
    country_code: str | None
    issuer: str | None
    announced_on: date | None
    announced_from: date | None = None
    announced_to: date | None = None
    occasion: str | None = None
    occasion_text: str | None = None
    count: int | None = None
    count_low: int | None = None
    count_high: int | None = None
    # order of magnitude of the figure (of the words when no source gave a number)
    count_magnitude: int | None = None
    conditions: tuple[str, ...] = ()
    exclusions: tuple[str, ...] = ()
    first_seen: datetime | None = None
    last_updated: datetime | None = None
    confidence: float = 0.0
    sources: int = 0
    independent_sources: int = 0
    claims: tuple[Claim, ...] = ()
    # the claims' figures in words, e.g. "30,000-40,000 claimed; 82,656 in a
    # later implementation report"
    spread: str | None = None


@dataclass(slots=True)
class RunSummary:
    """The counts of one cycle, printed at the end and stored in ``runs``."""

    run_id: str
    started_at: datetime
    finished_at: datetime | None = None
    feeds_polled: int = 0
    feeds_not_modified: int = 0
    feeds_failed: int = 0
    entries_seen: int = 0
    pages_fetched: int = 0
    pages_failed: int = 0
    new_articles: int = 0
    duplicate_articles: int = 0
    detections: int = 0
    announcements: int = 0
    events_new: int = 0
    events_updated: int = 0
    alerts_sent: int = 0
    alerts_failed: int = 0
    errors: list[str] = field(default_factory=list)

    def add_error(self, message: str) -> None:
        self.errors.append(message)
