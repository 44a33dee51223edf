"""Arabic, Persian and Urdu: told apart, and each read with its own table."""

from __future__ import annotations

from pipeline.detect import detect
from pipeline.detect.langid import arabic_script_language, detect_language
from pipeline.detect.normalize import normalize
from pipeline.detect.sentences import split_sentences

URDU = "صدر نے قومی دن کے موقع پر 640 قیدیوں کی رہائی کا حکم دیا ہے۔"
PERSIAN = "رهبر انقلاب با عفو و تخفیف مجازات ۲۰۰۰ نفر از محکومان موافقت کردند."
ARABIC = "أصدر الملك عفوه على 1304 شخصا بمناسبة عيد العرش."


def test_urdu_is_told_apart_by_its_own_letters():
    assert [detect_language(t) for t in (URDU, PERSIAN, ARABIC)] == ["ur", "fa", "ar"]


def test_a_short_persian_sentence_with_arabic_honorifics_is_persian():
    assert arabic_script_language("آیت‌الله خامنه‌ای با درخواست عفو ۵۰ نفر موافقت کردند") == "fa"


def test_one_urdu_letter_in_a_long_persian_sentence_does_not_make_it_urdu():
    assert arabic_script_language(PERSIAN + " ے") == "fa"


def test_urdu_report_is_detected_without_a_language_hint():
    d = detect(URDU, published="2024-12-02")
    assert d.is_pardon_announcement and d.language == "ur"


def test_an_urdu_apology_is_no_pardon():
    assert not detect("وزیر نے اپنے بیان پر قوم سے معافی مانگ لی۔").is_pardon_announcement


def test_the_urdu_full_stop_ends_a_sentence():
    text = "پہلا جملہ ختم ہوا۔ دوسرا جملہ۔"
    assert [text[s:e].strip() for s, e in split_sentences(text)] == [
        "پہلا جملہ ختم ہوا۔",
        "دوسرا جملہ۔",
    ]


def test_persian_sentence_is_not_read_with_the_arabic_table():
    # "قرار" (a decision in Arabic) only means "being placed" in Persian
    text = "به گفته این حزب، هدف قرار گرفتن در لیست عفو برای همه زندانیان سیاسی است."
    d = detect(text)
    assert d.language == "fa"
    assert not d.is_pardon_announcement
    assert not any(r.startswith("ar.") for r in d.rules)


def test_urdu_heh_folds_so_a_name_reads_as_in_persian():
    assert normalize("خامنہ ای") == normalize("خامنه ای")


def test_urdu_report_gets_its_issuer_country_count_and_occasion():
    text = (
        "عید الفطر کی مناسبت سے رہبر انقلاب آیت اللہ علی خامنہ ای نے"
        " 1,850 قیدیوں کو معافی دینے کی تجویز منظور کر لی۔"
    )
    d = detect(text, published="2024-04-10").primary
    assert (d.issuer, d.country_code, d.count, d.occasion) == (
        "Supreme Leader Ali Khamenei",
        "IR",
        1850,
        "eid_al_fitr",
    )
