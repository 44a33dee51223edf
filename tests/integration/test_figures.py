"""A figure written only in words stays words in every language and view:
the words as written, an order of magnitude, no number, never summed."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from events_helpers import NOW, Seed, announcement, put, seed

from pipeline.detect import detect
from pipeline.events import update_events
from pipeline.store import SQL_DIR, Store

# our own wording of one decree, reported in four languages
TENS_OF_THOUSANDS = {
    "en": "Iran's Supreme Leader Ayatollah Ali Khamenei has pardoned or reduced the sentences"
    " of tens of thousands of prisoners, including people detained in the recent protests.",
    "fa": "رهبر انقلاب با پیشنهاد رئیس قوه قضاییه مبنی بر عفو و تخفیف مجازات ده‌ها هزار نفر"
    " از محکومان و متهمان حوادث اخیر موافقت کردند.",
    "ar": "أصدر المرشد الأعلى في إيران علي خامنئي عفواً عن عشرات الآلاف من السجناء والمتهمين"
    " في الاحتجاجات الأخيرة في إيران، بحسب وسائل الإعلام الرسمية.",
    "fr": "Le guide suprême iranien, l'ayatollah Ali Khamenei, a gracié ou réduit la peine de"
    " « dizaines de milliers » de détenus, dont des manifestants, selon les médias d'État.",
}


def _figure(lang: str) -> tuple[Any, ...]:
    d = detect(TENS_OF_THOUSANDS[lang], lang=lang, published=date(2023, 2, 5)).primary
    return d.count, d.count_low, d.count_high, getattr(d, "count_magnitude", None)


@pytest.mark.parametrize("lang", ["fa", "ar", "fr"])
def test_a_vague_amount_reads_the_same_as_in_english(lang):
    assert _figure(lang) == _figure("en") == (None, None, None, 10_000)


def _seeds() -> list[Seed]:
    out = []
    for i, (lang, text) in enumerate(TENS_OF_THOUSANDS.items()):
        detection = detect(text, lang=lang, published=date(2023, 2, 5))
        s = seed(f"v{lang}", date(2023, 2, 5 + i), *detection.decrees, source=f"Outlet {lang}")
        out.append(Seed(s.article_id, s.detection, s.published, s.source, language=lang))
    ranged = announcement(
        detect(
            "Iran's Supreme Leader pardoned between 30,000 and 40,000 prisoners on Sunday.",
            lang="en",
            published=date(2024, 2, 11),
        ).primary
    )
    out.append(Seed("range", ranged, NOW.replace(year=2024, month=2, day=11), "Range Post"))
    return out


@pytest.fixture
def figures_store(store: Store) -> Store:
    update_events(store, put(store, *_seeds()), now=NOW)
    return store


def test_every_language_claims_the_words_as_written_and_no_number(figures_store):
    rows = figures_store.query(
        "select language, figure, count, count_low, count_high, count_magnitude"
        " from v_claims where article_id like 'v%' order by language"
    )
    assert {r["language"]: r["figure"] for r in rows} == {
        "ar": "عشرات الآلاف",
        "en": "tens of thousands",
        "fa": "ده‌ها هزار",
        "fr": "dizaines de milliers",
    }
    assert {(r["count"], r["count_low"], r["count_high"], r["count_magnitude"]) for r in rows} == {
        (None, None, None, 10_000)
    }


def test_the_decree_in_words_is_one_decree_without_a_number(figures_store):
    (row,) = figures_store.query(
        "select count, count_low, count_high, count_magnitude, figure, sources, claim_spread"
        " from v_decrees where year(decree_date) = 2023"
    )
    assert (row["count"], row["count_low"], row["count_high"]) == (None, None, None)
    assert (row["count_magnitude"], row["figure"], row["sources"]) == (
        10_000,
        "tens of thousands",
        4,
    )
    assert row["claim_spread"].startswith("tens of thousands (")


def test_totals_leave_words_out_and_say_how_many_decrees_had_no_figure(figures_store):
    rows = figures_store.query(
        (SQL_DIR / "queries" / "decrees_per_country_per_year.sql").read_text()
    )
    by_year = {r["decree_year"]: r for r in rows}
    assert (by_year[2023]["people"], by_year[2023]["decrees_without_figure"]) == (None, 1)
    assert (by_year[2024]["people_low"], by_year[2024]["decrees_without_figure"]) == (30_000, 0)


# numbers nobody wrote: the middle of 30,000-40,000 and of the old 20,000-99,999
# convention for "tens of thousands", and that convention's bounds
INVENTED = {35_000, 59_999, 60_000, 20_000, 99_999}


def _cells(store: Store, sql: str) -> list[Any]:
    return [v for row in store.query(sql) for v in row.values()]


def _invented(value: Any) -> bool:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return int(value) in INVENTED
    text = str(value)
    return any(f"{n:,}" in text or str(n) in text for n in INVENTED)


def test_no_view_or_saved_query_shows_a_midpoint_or_invented_bound(figures_store):
    views = [p.stem.split("_", 1)[1] for p in sorted((SQL_DIR / "views").glob("*.sql"))]
    sources = {name: f"select * from {name}" for name in views}
    for path in sorted((SQL_DIR / "queries").glob("*.sql")):
        sources[path.name] = path.read_text(encoding="utf-8")
    shown = {
        name: [v for v in _cells(figures_store, sql) if _invented(v)]
        for name, sql in sources.items()
    }
    assert {name: cells for name, cells in shown.items() if cells} == {}
