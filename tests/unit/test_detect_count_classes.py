"""Count classes met in real reports: a figure in words joined by a hyphen, and
words describing the people pardoned after their noun."""

from datetime import date

from pipeline.detect import detect
from pipeline.detect.rules import compiled


def test_a_tens_and_a_unit_joined_by_a_hyphen_are_one_figure():
    found = compiled("en").numbers.find("Thirty-four of the 210 inmates")
    assert (found[0].text, found[0].value, found[0].kind) == ("Thirty-four", 34, "exact")


def test_a_hyphen_between_two_round_words_is_not_read_as_one_figure():
    values = [q.value for q in compiled("en").numbers.find("twenty-thirty men")]
    assert 50 not in values


def test_the_count_taken_from_a_pool_written_in_words_is_the_first_figure():
    text = (
        "President Rodrigo Duterte has pardoned thirty-four of the 210 elderly prisoners, "
        "the justice secretary said on Monday."
    )
    decree = detect(text, published=date(2017, 3, 6), lang="en").primary
    assert decree.count == 34


def test_an_arrest_told_after_the_person_noun_does_not_disqualify_the_figure():
    text = "أصدر الرئيس عفوا عن 318 متمردا اعتقلوا في المعارك الأخيرة."
    decree = detect(text, published=date(2015, 3, 2), lang="ar").primary
    assert decree.count == 318
