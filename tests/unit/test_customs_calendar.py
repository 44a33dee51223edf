"""The expected-pardon calendar: dates against published calendars, the
curated file's validation, and customs learned from past decrees."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.customs import (
    CustomsError,
    dates_in_year,
    learn_customs,
    load_customs,
    occurrences,
    parse_customs,
)

CUSTOMS = load_customs()


def _custom(code: str, key: str):  # type: ignore[no-untyped-def]
    return next(c for c in CUSTOMS.customs if c.country_code == code and c.key == key)


def _within(custom, observed: date) -> bool:  # type: ignore[no-untyped-def]
    """``observed`` falls on the computed date or in the tolerance after it."""
    (computed,) = dates_in_year(custom, observed.year)
    return 0 <= (observed - computed).days <= custom.tolerance


# Nowruz (1 Farvardin), as the Iranian calendar published it
NOWRUZ = ["2019-03-21", "2020-03-20", "2021-03-21", "2022-03-21", "2023-03-21",
          "2024-03-20", "2025-03-21", "2026-03-21"]  # fmt: skip
# 22 Bahman, the anniversary of the revolution
BAHMAN_22 = ["2019-02-11", "2020-02-11", "2021-02-10", "2022-02-11", "2023-02-11",
             "2024-02-11", "2025-02-10"]  # fmt: skip
# Eid al-Fitr as observed in Iran and in Morocco (moon sighting, often a day
# after the Umm al-Qura date) and in Saudi Arabia
EID_AL_FITR = {
    "IR": ["2019-06-05", "2020-05-24", "2021-05-13", "2022-05-03", "2023-04-22",
           "2024-04-10", "2025-03-31"],
    "MA": ["2019-06-05", "2020-05-24", "2021-05-13", "2022-05-03", "2023-04-22",
           "2024-04-10", "2025-03-31"],
    "EG": ["2019-06-04", "2020-05-24", "2021-05-13", "2022-05-02", "2023-04-21",
           "2024-04-10", "2025-03-30"],
}  # fmt: skip


@pytest.mark.parametrize("observed", NOWRUZ)
def test_nowruz_matches_the_iranian_calendar_exactly(observed: str):
    assert dates_in_year(_custom("IR", "nowruz"), int(observed[:4])) == [
        date.fromisoformat(observed)
    ]


@pytest.mark.parametrize("observed", BAHMAN_22)
def test_22_bahman_matches_the_iranian_calendar_exactly(observed: str):
    assert dates_in_year(_custom("IR", "revolution_anniversary"), int(observed[:4])) == [
        date.fromisoformat(observed)
    ]


@pytest.mark.parametrize(
    ("code", "observed"), [(code, day) for code, days in EID_AL_FITR.items() for day in days]
)
def test_eid_al_fitr_falls_within_the_tolerance_of_the_observed_day(code: str, observed: str):
    assert _within(_custom(code, "eid_al_fitr"), date.fromisoformat(observed))


def test_a_lunar_custom_can_fall_twice_in_one_gregorian_year():
    assert dates_in_year(_custom("MA", "eid_al_fitr"), 2000) == [
        date(2000, 1, 8),
        date(2000, 12, 27),
    ]


def test_occurrences_cover_each_year_in_date_order():
    found = occurrences([_custom("MA", "throne_day"), _custom("IR", "nowruz")], 2024, 2025)
    assert [(o.custom.key, o.occasion_date.isoformat()) for o in found] == [
        ("nowruz", "2024-03-20"),
        ("throne_day", "2024-07-30"),
        ("nowruz", "2025-03-21"),
        ("throne_day", "2025-07-30"),
    ]
    assert found[0].window_from == date(2024, 3, 10) and found[0].window_to == date(2024, 3, 21)


def test_the_curated_list_covers_the_countries_the_issue_names():
    codes = {c.country_code for c in CUSTOMS.customs}
    assert {"IR", "MA", "AE", "OM", "KW", "BH", "QA", "MM", "VN", "EG", "DZ", "AZ", "UZ"} <= codes
    iran = {c.key for c in CUSTOMS.customs if c.country_code == "IR"}
    assert {"nowruz", "revolution_anniversary", "eid_al_fitr", "eid_al_ghadir", "mawlid"} <= iran


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("countries: {IR: [no_such]}", "IR custom #1: no shared occasion named 'no_such'"),
        (
            "countries: {IR: [{key: k, name: K, calendar: julian, month: 1, day: 1, occasion: o}]}",
            "'calendar' must be one of gregorian, jalali, hijri",
        ),
        (
            "countries: {IR: [{key: k, name: K, calendar: jalali, month: 12, day: 31,"
            " occasion: o}]}",
            "12/31 is not a date in the jalali calendar",
        ),
        ("countries: {IRN: []}", "country 'IRN' is not a two-letter ISO code"),
        ("countries: {IR: [{key: k, name: K}]}", "missing keys"),
        ("countries: [", "not valid YAML"),
    ],
)
def test_a_bad_customs_file_names_the_file_and_the_entry(text: str, message: str):
    with pytest.raises(CustomsError, match=r"^my\.yaml: ") as caught:
        parse_customs(text, source="my.yaml")
    assert message in str(caught.value)


def test_history_teaches_a_fixed_day_custom_the_list_lacks():
    history = [
        {"country_code": "jo", "occasion": "independence_day",
         "dates": [date(2023, 5, 24), date(2024, 5, 25), date(2025, 5, 25)]},
    ]  # fmt: skip
    (learned,) = learn_customs(history, CUSTOMS)
    assert (learned.country_code, learned.calendar, learned.month, learned.day) == (
        "JO",
        "gregorian",
        5,
        25,
    )
    assert learned.source == "history"


def test_history_of_a_lunar_occasion_follows_its_shared_calendar():
    history = [{"country_code": "TJ", "occasion": "eid_al_fitr", "dates": []}]
    (learned,) = learn_customs(history, CUSTOMS)
    assert learned.calendar == "hijri" and (learned.month, learned.day) == (10, 1)


def test_history_already_curated_or_too_scattered_teaches_nothing():
    history = [
        {"country_code": "IR", "occasion": "nowruz", "dates": [date(2024, 3, 18)]},
        {"country_code": "JO", "occasion": "national_day",
         "dates": [date(2023, 1, 10), date(2024, 6, 1)]},
    ]  # fmt: skip
    assert learn_customs(history, CUSTOMS) == []
