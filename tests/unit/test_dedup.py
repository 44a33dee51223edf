from pipeline.dedup import containment, fingerprint, hamming, shingles, simhash

WIRE = (
    "The president ordered the release of 2,937 prisoners on Sunday ahead of National Day, "
    "the state news agency reported. The pardon applies to inmates who showed good conduct "
    "and the president pledged to settle the debts of those released so they can start anew."
)


def test_fingerprint_ignores_case_spacing_and_punctuation():
    assert fingerprint("Hello,   World!") == fingerprint("hello world")


def test_fingerprint_differs_for_different_words():
    assert fingerprint("hello world") != fingerprint("hello there world")


def test_lightly_edited_copy_is_a_near_duplicate():
    copy = WIRE.replace("the state news agency reported", "the official agency said") + " Editor's note."
    assert hamming(simhash(WIRE), simhash(copy)) <= 18
    assert containment(shingles(WIRE), shingles(copy)) >= 0.5


def test_unrelated_texts_are_far_apart():
    other = "Finance officials extended the tax amnesty for late filers until December, waiving penalties."
    assert containment(shingles(WIRE), shingles(other)) == 0.0
    assert hamming(simhash(WIRE), simhash(other)) > 10


def test_empty_text_has_a_zero_simhash():
    assert simhash("") == 0
