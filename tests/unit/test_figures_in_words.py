"""Figures in words outside the detector: old stored payloads, the magnitude
of a vague quantity, and filters on the number of prisoners."""

from datetime import date

from pipeline.alerts.subscribers import Filters
from pipeline.detect.numbers import Quantity
from pipeline.models import Claim, Decree, Event


def test_a_detection_stored_with_the_old_range_for_words_reads_as_words():
    old = {"count_text": "ده‌ها هزار", "count_low": 20_000, "count_high": 99_999}
    decree = Decree.from_dict(old)
    assert (decree.count_low, decree.count_high, decree.count_magnitude) == (None, None, 10_000)


def test_a_range_written_in_digits_stays_a_range():
    decree = Decree.from_dict(
        {"count_text": "20,000-99,999", "count_low": 20_000, "count_high": 99_999}
    )
    assert (decree.count_low, decree.count_magnitude) == (20_000, None)


def test_the_magnitude_of_a_vague_quantity_is_its_order_of_ten():
    assert Quantity(0, 9, "thousands", None, 2000, 9999, "vague").magnitude == 1000
    assert Quantity(0, 4, "3388", 3388, 3388, 3388, "exact").magnitude is None


def test_a_minimum_count_filter_lets_words_of_a_larger_magnitude_through():
    words = Event(
        "ev",
        "Iran",
        "IR",
        None,
        date(2023, 2, 5),
        count_magnitude=10_000,
        confidence=0.9,
        claims=(Claim("ev", "a", "https://x.example/1", count_magnitude=10_000),),
    )
    assert Filters(min_count=5_000).matches(words, 0.6)
    assert not Filters(min_count=200_000).matches(words, 0.6)
