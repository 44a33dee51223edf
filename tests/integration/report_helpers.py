"""A small archive of decrees for the report tests (our own wording), published.

Nine decrees from four countries: figures exact, ranged, in words and
missing; sources in English, Persian, Arabic and French; sources that
disagree; one implementation report; one hostile headline and evidence that
try to inject markup into the report.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from events_helpers import announcement, decree, put, seed

from pipeline.events import update_events
from pipeline.models import Decree
from pipeline.store import Store
from pipeline.store.customs import refresh_occasions
from pipeline.store.publish import publish

NOW = datetime(2025, 11, 10, 9, 0, tzinfo=UTC)
TODAY = NOW.date()
HOSTILE_TITLE = '<img src=x onerror="window.__pwned=1">Pardons & <b>more</b>'
HOSTILE_EVIDENCE = "</td><script>window.__pwned=2</script> The King pardoned 2,476 people."


def _ma(**fields: object) -> Decree:
    return decree(country="Morocco", country_code="MA", issuer="King Mohammed VI", **fields)


def _seeds() -> list:
    return [
        seed(
            "ir-2023",
            date(2023, 2, 6),
            decree(
                count_low=30_000,
                count_high=40_000,
                count_text="30,000 to 40,000",
                announced_on=date(2023, 2, 5),
                occasion="islamic_revolution_anniversary",
                evidence=("The Leader agreed to pardon between 30,000 and 40,000 people.",),
            ),
            source="Wire One",
        ),
        seed(
            "ir-2024-bahman-fa",
            date(2024, 2, 8),
            decree(
                count=2_000,
                count_text="۲۰۰۰",
                announced_on=date(2024, 2, 8),
                occasion="islamic_revolution_anniversary",
                evidence=("رهبر انقلاب با عفو و تخفیف مجازات ۲۰۰۰ نفر موافقت کرد.",),
            ),
            source="خبرگزاری نمونه",
            language="fa",
        ),
        seed(
            "ir-2024-bahman-en",
            date(2024, 2, 9),
            decree(
                count=2_150,
                count_text="2,150",
                announced_on=date(2024, 2, 8),
                occasion="islamic_revolution_anniversary",
                evidence=("An outlet abroad put the number pardoned at 2,150.",),
            ),
            source="Exile Radio",
        ),
        seed(
            "ir-2024-nowruz",
            date(2024, 3, 18),
            decree(
                count_text="thousands",
                announced_on=date(2024, 3, 18),
                occasion="nowruz",
                evidence=("Thousands of prisoners were pardoned ahead of Nowruz.",),
            ),
            source="Wire One",
        ),
        seed(
            "ir-2025-bahman",
            date(2025, 2, 9),
            decree(
                count=1_500,
                count_text="1,500",
                announced_on=date(2025, 2, 9),
                occasion="islamic_revolution_anniversary",
                evidence=("The Leader pardoned 1,500 convicts for the anniversary.",),
            ),
            source="Wire One",
        ),
        seed(
            "ma-2024",
            date(2024, 7, 30),
            _ma(
                count=2_476,
                count_text="2476",
                announced_on=date(2024, 7, 29),
                occasion="throne_day",
                evidence=(HOSTILE_EVIDENCE,),
            ),
            source="<b>Bad outlet</b>",
        ),
        seed(
            "ma-2024-ar",
            date(2024, 7, 30),
            _ma(
                count=2_476,
                count_text="2476",
                announced_on=date(2024, 7, 29),
                occasion="throne_day",
                evidence=("أصدر جلالة الملك عفوه على 2476 شخصا بمناسبة عيد العرش.",),
            ),
            source="جريدة المثال",
            language="ar",
        ),
        seed(
            "ma-2025",
            date(2025, 7, 30),
            _ma(
                count=2_300,
                count_text="2,300",
                announced_on=date(2025, 7, 29),
                occasion="throne_day",
                evidence=("Le roi a gracié 2 300 personnes à l'occasion de la fête du Trône.",),
            ),
            source="Le Journal Exemple",
            language="fr",
        ),
        seed(
            "ae-2024",
            date(2024, 12, 1),
            decree(
                country="United Arab Emirates",
                country_code="AE",
                issuer="President",
                count=2_200,
                count_text="2,200",
                announced_on=date(2024, 12, 1),
                occasion="national_day",
                evidence=("The President ordered the release of 2,200 prisoners.",),
            ),
            source="Gulf Daily Example",
        ),
        seed(
            "eg-2025",
            date(2025, 3, 29),
            decree(
                country="Egypt",
                country_code="EG",
                issuer="President",
                announced_on=date(2025, 3, 29),
                occasion="eid_al_fitr",
                evidence=("The President pardoned a number of prisoners for Eid al-Fitr.",),
            ),
            source="Nile Example",
        ),
    ]


def seeded_archive(folder: Path) -> tuple[Path, Path]:
    """A working database and its published copy holding the archive; return both."""
    working, published = folder / "work.duckdb", folder / "published" / "pardonwatch.duckdb"
    with Store.open(working) as store:
        seeds = _seeds()
        ids = put(store, *seeds)
        store.con.execute(
            "update articles set title = ? where article_id = ?", [HOSTILE_TITLE, "ma-2024"]
        )
        store.con.execute(
            "update articles set title = ? where article_id = ?",
            ["عفو و تخفیف مجازات ۲۰۰۰ محکوم", "ir-2024-bahman-fa"],
        )
        store.run(
            "feeds_register",
            {
                "feeds": [
                    {
                        "url": "https://wire.example/rss",
                        "name": "Wire One",
                        "language": "en",
                        "tags": [],
                        "verified": False,
                    },
                    {
                        "url": "https://radio.example/feed",
                        "name": "Exile Radio",
                        "language": "en",
                        "tags": [],
                        "verified": False,
                    },
                ]
            },
        )
        store.con.execute(
            "update articles set feed_url = 'https://wire.example/rss' where source = 'Wire One'"
        )
        update_events(store, ids, now=NOW)
        refresh_occasions(store, today=TODAY)
        publish(store, published)
    return working, published


__all__ = ["HOSTILE_EVIDENCE", "HOSTILE_TITLE", "NOW", "TODAY", "announcement", "seeded_archive"]
