"""Put articles and hand-built detections into a real DuckDB store.

Tests of the event stage build ``Detection`` values by hand (they never run
the detector) and place them with :func:`put`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from pipeline.models import Decree, Detection
from pipeline.store import Store

NOW = datetime(2024, 1, 1, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Seed:
    """One article and what the detector said of it."""

    article_id: str
    detection: Detection
    published: datetime
    source: str = "Outlet"
    story_id: str | None = None
    language: str = "en"

    @property
    def url(self) -> str:
        return f"https://news.example/{self.article_id}"


def decree(**fields: Any) -> Decree:
    """A decree of Iran's Supreme Leader unless the fields say otherwise."""
    base: dict[str, Any] = {"country": "Iran", "country_code": "IR", "issuer": "Supreme Leader"}
    base.update(fields)
    return Decree(**base)


def announcement(*decrees: Decree, confidence: float = 0.9) -> Detection:
    return Detection(
        is_pardon_announcement=True, confidence=confidence, language="en", decrees=tuple(decrees)
    )


def not_announcement() -> Detection:
    return Detection(is_pardon_announcement=False, confidence=0.1, language="en")


def seed(article_id: str, published: date | datetime, *decrees: Decree, **kw: Any) -> Seed:
    """An announcement article published on ``published`` (noon UTC for a date)."""
    when = published
    if not isinstance(published, datetime):
        when = datetime(published.year, published.month, published.day, 12, tzinfo=UTC)
    return Seed(article_id, announcement(*decrees), when, **kw)  # type: ignore[arg-type]


def put(store: Store, *seeds: Seed) -> list[str]:
    """Store the articles and their detections; return the article IDs."""
    articles = [
        {
            "article_id": s.article_id,
            "url": s.url,
            "original_url": s.url,
            "source": s.source,
            "published": s.published,
            "language": s.language,
            "text": " ".join(e for d in s.detection.decrees for e in d.evidence) or "-",
            "extraction": "fixture",
            "fingerprint": s.article_id,
            "sketch": [0],
            "story_id": s.story_id or s.article_id,
        }
        for s in seeds
    ]
    store.run("articles_insert", {"articles": articles})
    store.run("detections_upsert", {"detections": [detection_row(s) for s in seeds]})
    return [s.article_id for s in seeds]


def detection_row(s: Seed) -> dict[str, Any]:
    """The ``detections`` row of a seed (for re-detecting an article in place)."""
    return {
        "article_id": s.article_id,
        "is_pardon_announcement": s.detection.is_pardon_announcement,
        "confidence": s.detection.confidence,
        "language": s.detection.language,
        "rules": list(s.detection.rules),
        "payload": json.dumps(s.detection.to_dict()),
        "detected_at": NOW,
    }


def seed_reports() -> list[Seed]:
    """Five reports of three Iranian decrees (our own wording of the seed facts)."""
    return [
        seed(
            "a2014",
            date(2014, 2, 11),
            decree(
                issuer="Ayatollah Ali Khamenei",
                count=920,
                count_text="920",
                announced_on=date(2014, 2, 10),
                occasion="islamic_revolution_anniversary",
                occasion_text="anniversary of the Islamic Republic",
                evidence=(
                    "The Leader agreed on Monday to pardon or commute the terms of 920 people.",
                ),
            ),
            source="Daily Star",
        ),
        seed(
            "b2020",
            date(2020, 3, 17),
            decree(
                issuer="Iranian authorities",
                occasion="nowruz",
                occasion_text="Nowrouz",
                announced_on=date(2020, 3, 17),
                conditions=("security offences with five years or less",),
                evidence=(
                    "Pardons will be granted to security prisoners serving five years or less.",
                ),
            ),
            source="Rights Wire",
        ),
        seed(
            "c2020",
            date(2020, 3, 18),
            decree(
                issuer="Khamenei",
                count=10_000,
                count_text="10,000",
                announced_on=date(2020, 3, 18),
                occasion="nowruz",
                occasion_text="Iranian New Year",
                evidence=("The Leader will forgive 10,000 prisoners for the New Year.",),
            ),
            source="Gulf Times",
        ),
        seed(
            "d2023",
            date(2023, 2, 6),
            decree(
                issuer="Supreme Leader Ayatollah Ali Khamenei",
                count_text="tens of thousands",
                announced_on=date(2023, 2, 5),
                conditions=("written commitment", "express regret"),
                exclusions=("dual nationals", "corruption on earth"),
                evidence=("State media said the Leader granted an amnesty to tens of thousands.",),
            ),
            source="Radio Farda",
        ),
        seed(
            "e2023",
            date(2023, 2, 15),
            decree(
                issuer="Ali Khamenei",
                count_low=30_000,
                count_high=40_000,
                count_text="between 30 to 40 thousand",
                evidence=(
                    "A state outlet said clemency went to between 30 and 40 thousand inmates.",
                ),
            ),
            decree(
                issuer="Ali Khamenei",
                count=100_000,
                count_text="around 100,000",
                evidence=("This year around 100,000 prisoners were pardoned, the outlet added.",),
            ),
            source="Iran Focus",
        ),
    ]
