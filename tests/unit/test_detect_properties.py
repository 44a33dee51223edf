"""detect() gives a verdict for any input, in bounded time."""

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.detect import detect

PARDON_WORDS = st.sampled_from(
    [
        "pardon",
        "amnesty",
        "عفو",
        "gracié",
        "indulto",
        " 1,000 ",
        "۱۲۰۰",
        "prisoners",
        "\u200c",
        "؟",
        ".",
        "Emir of Qatar",
        "tens of thousands",
        "Monday",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_arbitrary_unicode_never_raises(text):
    result = detect(text)
    assert 0.0 <= result.confidence <= 1.0
    assert not any(r.startswith("error.") for r in result.rules)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.one_of(PARDON_WORDS, st.text(max_size=20)), max_size=60),
    st.one_of(st.none(), st.sampled_from(["en", "fa", "ar", "xx", "fr-FR"])),
)
def test_pardon_heavy_noise_never_raises(parts, lang):
    result = detect(" ".join(parts), title="".join(parts[:3]), lang=lang)
    assert 0.0 <= result.confidence <= 1.0
    assert not any(r.startswith("error.") for r in result.rules)


def test_megabytes_without_punctuation_return_in_bounded_time():
    text = "the king pardoned prisoners and amnesty 1,000 " * 60_000
    start = time.perf_counter()
    result = detect(text)
    assert time.perf_counter() - start < 5.0
    assert 0.0 <= result.confidence <= 1.0


def test_binary_garbage_and_empty_input_get_a_verdict():
    assert not detect("").is_pardon_announcement
    assert not detect(bytes(range(256)) * 100).is_pardon_announcement  # type: ignore[arg-type]
    assert not detect(None).is_pardon_announcement  # type: ignore[arg-type]
