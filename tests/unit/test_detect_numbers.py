import pytest

from pipeline.detect.normalize import normalize
from pipeline.detect.rules import compiled


def read(text, lang="en"):
    found = compiled(lang).numbers.find(normalize(text))
    assert found, text
    q = found[0]
    return q.value, q.low, q.high


@pytest.mark.parametrize("text", ["3,388", "3388", "3.388", "3 388", "۳۳۸۸", "٣٣٨٨"])
def test_thousands_in_every_written_form(text):
    assert read(text) == (3388, 3388, 3388)


def test_arabic_thousands_mark():
    assert read("٣٬٣٨٨ سجينا", "ar")[0] == 3388


def test_more_than_keeps_the_figure():
    assert read("more than 1,700 prisoners") == (1700, 1700, 1700)


def test_nearly_keeps_the_figure():
    assert read("nearly 900 people") == (900, 900, 900)


def test_number_words_in_english_french_spanish():
    assert read("two thousand inmates")[0] == 2000
    assert read("deux mille détenus", "fr")[0] == 2000
    assert read("dos mil presos", "es")[0] == 2000


def test_german_compound_number_word():
    assert read("zweitausendfünfhundert Häftlinge", "de")[0] == 2500


def test_persian_number_words_with_thousand():
    assert read("سه هزار و پانصد نفر", "fa")[0] == 3500


def test_range_with_shared_scale():
    assert read("between 30 to 40 thousand prisoners") == (None, 30000, 40000)


def test_range_in_digits():
    assert read("30,000-40,000 prisoners") == (None, 30000, 40000)


def test_tens_of_thousands_convention():
    assert read("tens of thousands of detainees") == (None, 20000, 99999)


def test_thousands_and_hundreds_conventions():
    assert read("thousands of inmates") == (None, 2000, 9999)
    assert read("hundreds of prisoners") == (None, 200, 999)


def test_vague_quantities_in_persian_and_arabic():
    assert read("ده ها هزار نفر", "fa") == (None, 20000, 99999)
    assert read("آلاف السجناء", "ar") == (None, 2000, 9999)


def test_decimal_with_scale():
    assert read("1.5 million people")[0] == 1_500_000


def test_a_scale_letter_after_the_digits():
    assert read("pardons 10K prisoners") == (10000, 10000, 10000)
    assert read("frees 4k inmates") == (4000, 4000, 4000)


def test_a_lone_scale_letter_is_no_figure():
    assert not compiled("en").numbers.find(normalize("Kim K and the king met"))


def test_a_document_number_is_no_figure():
    found = compiled("en").numbers.find(normalize("Decision No 2210/QD-CTN frees 4,120 inmates"))
    assert [q.value for q in found] == [4120]


def test_a_smaller_part_after_a_spanish_scale_without_y():
    assert read("indultó a 4 mil 27 reclusos", "es")[0] == 4027
