"""Mentions: one decree as one article states it, the unit clustering works on.

A mention carries the article's metadata (URL, outlet, publication time,
story) next to the :class:`~pipeline.models.Decree` the detector read, plus
the keys derived from it once (:mod:`pipeline.events.normalise`).  Stored, a
mention is a row of ``claims``; shown, it is a :class:`~pipeline.models.Claim`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from pipeline.events import normalise
from pipeline.models import Claim, Decree, Detection

__all__ = ["Mention", "MentionKey", "mentions_from_detection", "to_claim"]

MentionKey = tuple[str, int]
_EARLIEST = datetime.min


@dataclass(frozen=True, slots=True)
class Mention:
    """What one article says about one decree (``decree_index`` in its detection)."""

    article_id: str
    decree_index: int
    decree: Decree
    article_url: str = ""
    outlet: str | None = None
    published: datetime | None = None
    language: str | None = None
    story_id: str | None = None
    confidence: float = 0.0
    prior_event_id: str | None = None
    country: str | None = field(init=False)
    issuer: str | None = field(init=False)
    ruler: str | None = field(init=False)
    occasion: str | None = field(init=False)
    implementation: bool = field(init=False)
    batch: str | None = field(init=False)
    decree_numbers: frozenset[str] = field(init=False)
    numbers: frozenset[int] = field(init=False)
    anniversaries: frozenset[int] = field(init=False)
    figures: tuple[int, int] | None = field(init=False)
    exact: int | None = field(init=False)  # the figure, when given as exact
    person: frozenset[str] | None = field(init=False)  # a decree of one named person
    dates: tuple[date, date] | None = field(init=False)

    def __post_init__(self) -> None:
        derived = {
            "country": normalise.country_key(self.decree),
            "issuer": normalise.issuer_key(self.decree.issuer),
            "ruler": normalise.ruler_key(self.decree.issuer),
            "occasion": normalise.occasion_key(self.decree),
            "implementation": normalise.is_implementation(self.decree),
            "batch": normalise.batch_marker(self.decree),
            "decree_numbers": normalise.decree_numbers(self.decree),
            "numbers": normalise.evidence_numbers(self.decree),
            "anniversaries": normalise.anniversaries(self.decree),
            "figures": normalise.count_range(self.decree),
            "exact": normalise.exact_figure(self.decree),
            "person": normalise.person(self.decree),
        }
        for name, value in derived.items():
            object.__setattr__(self, name, value)
        dates = normalise.date_interval(
            self.decree.announced_on, self.published, implementation=self.implementation
        )
        object.__setattr__(self, "dates", dates)

    @property
    def key(self) -> MentionKey:
        return (self.article_id, self.decree_index)

    @property
    def kind(self) -> str:
        """``implementation`` for a report of what a decree did, else ``report``."""
        return "implementation" if self.implementation else "report"

    @property
    def source(self) -> str:
        """The independent source: copies of one wire text share a story."""
        return self.story_id or self.article_id

    def sort_key(self) -> tuple[datetime, str, int]:
        """Chronological order of publication, ties broken by the key."""
        published = self.published or _EARLIEST
        if published.tzinfo is not None:
            published = published.astimezone(UTC).replace(tzinfo=None)
        return (published, self.article_id, self.decree_index)


def mentions_from_detection(
    article: Mapping[str, Any], payload: Mapping[str, Any], *, prior: Mapping[MentionKey, str]
) -> list[Mention]:
    """The mentions of one detection (``Detection.to_dict`` JSON) of one article.

    ``article`` has ``article_id``, ``url``, ``source``, ``published``,
    ``language``, ``story_id``.  Only pardon announcements give mentions; a
    detection without a ``decrees`` list gives one from its top-level fields.
    """
    if not payload.get("is_pardon_announcement"):
        return []
    detection = Detection.from_dict({"confidence": 0.0, **payload})
    decrees = detection.decrees or (Decree.from_dict(dict(payload)),)
    article_id = str(article["article_id"])
    out = []
    for index, decree in enumerate(decrees):
        if index == 0 and not decree.evidence and detection.evidence:
            decree = dataclasses.replace(decree, evidence=detection.evidence)
        out.append(
            Mention(
                article_id=article_id,
                decree_index=index,
                decree=decree,
                article_url=str(article.get("url") or ""),
                outlet=article.get("source"),
                published=article.get("published"),
                language=detection.language or article.get("language"),
                story_id=article.get("story_id"),
                confidence=detection.confidence,
                prior_event_id=prior.get((article_id, index)),
            )
        )
    return out


def to_claim(mention: Mention, event_id: str) -> Claim:
    """The public shape of a mention placed in an event."""
    d = mention.decree
    return Claim(
        event_id=event_id,
        article_id=mention.article_id,
        article_url=mention.article_url,
        outlet=mention.outlet,
        published=mention.published,
        language=mention.language,
        story_id=mention.story_id,
        count=d.count,
        count_text=d.count_text,
        count_low=d.count_low,
        count_high=d.count_high,
        count_magnitude=d.count_magnitude,
        announced_on=d.announced_on,
        occasion=d.occasion,
        occasion_text=d.occasion_text,
        evidence=d.evidence,
        confidence=mention.confidence,
        kind=mention.kind,
        decree_index=mention.decree_index,
    )
