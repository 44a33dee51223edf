"""A decree of one named person counts one (``one_person`` of the tables)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.detect import detect

DAY = date(2025, 3, 4)


def decree(text: str):
    found = detect(text, published=DAY).decrees
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("President Anna Berg pardoned Tomas Lind, a jailed blogger, on Monday.", "Tomas Lind"),
        ("The president pardoned his son, Marek, on Sunday, the palace said.", "Marek"),
        ("The governor granted a full pardon to Lena Ortiz on Friday.", "Lena Ortiz"),
        ("Le président a gracié l'écrivain Karim Benali, a annoncé la présidence.", "Karim Benali"),
        ("El presidente indultó a la periodista Lucía Paredes este lunes.", "Lucía Paredes"),
        ("Presiden memberikan amnesti kepada Siti Rahma pada hari Senin.", "Siti Rahma"),
    ],
)
def test_one_named_person_counts_one(text, name):
    found = decree(text)
    assert found.count == 1
    assert found.count_text == name


def test_a_figure_wins_over_a_name():
    found = decree("President Anna Berg pardoned 340 prisoners on Monday, among them Tomas Lind.")
    assert found.count == 340


@pytest.mark.parametrize(
    "text",
    [
        # two people, a people named by its nationality, a country's possessive
        "President Anna Berg pardoned Tomas Lind and Eva Holm on Monday.",
        "The king pardoned Thai prisoners held abroad on Monday.",
        "The king pardoned Morocco's longest-serving inmates on Monday.",
    ],
)
def test_no_count_of_one_for_several_or_a_group(text):
    found = decree(text)
    assert found.count != 1


def test_a_weekday_or_a_title_case_group_is_no_person():
    tuesday = decree("President Lee granted special pardons Tuesday to a former president.")
    assert tuesday.count != 1
    headline = decree("President Sisi Pardons Some Inmates on Police Day")
    assert headline.count != 1


def test_a_year_before_a_noun_is_no_count():
    found = decree(
        "President Mara Voss pardoned Ivo Kral on Monday, two years after his 2012 conviction."
    )
    assert found.count == 1
