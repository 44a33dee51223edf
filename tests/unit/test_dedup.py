import hashlib

from pipeline.dedup import (
    SKETCH_SIZE,
    SketchIndex,
    containment,
    fingerprint,
    shingles,
    signature,
    sketch,
)

WIRE = (
    "The president ordered the release of 2,937 prisoners on Sunday ahead of National Day, "
    "the state news agency reported. The pardon applies to inmates who showed good conduct "
    "and the president pledged to settle the debts of those released so they can start anew."
)


def test_fingerprint_ignores_case_spacing_and_punctuation():
    assert fingerprint("Hello,   World!") == fingerprint("hello world")


def test_fingerprint_differs_for_different_words():
    assert fingerprint("hello world") != fingerprint("hello there world")


def test_lightly_edited_copy_shares_sketch_values_and_shingles():
    copy = (
        WIRE.replace("the state news agency reported", "the official agency said")
        + " Editor's note."
    )
    assert len(set(sketch(WIRE)) & set(sketch(copy))) >= 2
    assert containment(shingles(WIRE), shingles(copy)) >= 0.5


def test_unrelated_texts_share_nothing():
    other = "Officials extended the tax amnesty for late filers until December, waiving penalties."
    assert containment(shingles(WIRE), shingles(other)) == 0.0
    assert not set(sketch(WIRE)) & set(sketch(other))


def test_sketch_is_bounded_and_sorted():
    values = sketch(WIRE * 3)
    assert len(values) == SKETCH_SIZE and values == sorted(values)


def test_sketch_values_are_the_smallest_64_bit_blake2b_hashes_of_the_shingles():
    hashes = {
        int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big")
        for s in shingles(WIRE)
    }
    assert sketch(WIRE) == sorted(hashes)[:SKETCH_SIZE]


def test_signature_is_the_fingerprint_and_the_sketch():
    for text in (WIRE, "Hello,   World!", "", "İstanbul ﬁnal ÉDITION " * 3):
        assert signature(text) == (fingerprint(text), sketch(text))


def test_empty_text_has_an_empty_sketch():
    assert sketch("") == []


def test_sketch_index_finds_texts_sharing_values_most_shared_first():
    index: SketchIndex[str] = SketchIndex()
    index.add("two", [1, 2, 9])
    index.add("three", [1, 2, 3])
    index.add("one", [1, 7, 8])
    assert index.candidates([1, 2, 3, 4]) == ["three", "two"]


def test_sketch_index_ignores_values_held_by_many_texts():
    index: SketchIndex[int] = SketchIndex()
    for key in range(5):
        index.add(key, [100, 101, key])
    assert index.candidates([100, 101], max_df=4) == []
    assert index.candidates([100, 101], max_df=5) == [0, 1, 2, 3, 4]


def test_sketch_index_returns_a_bounded_number_of_candidates():
    index: SketchIndex[int] = SketchIndex()
    for key in range(50):
        index.add(key, [1, 2])
    assert index.candidates([1, 2], limit=3) == [0, 1, 2]
