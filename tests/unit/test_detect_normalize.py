from pipeline.detect.normalize import fold, normalize


def test_arabic_yeh_and_kaf_become_persian_forms():
    assert normalize("كريمي") == "کریمی"


def test_zero_width_non_joiner_becomes_space_and_tatweel_vanishes():
    assert normalize("زندانی\u200cها عـــفو") == "زندانی ها عفو"


def test_diacritics_are_removed():
    assert normalize("عَفْوٌ") == "عفو"


def test_persian_and_arabic_indic_digits_become_ascii():
    assert normalize("۳۳۸۸ و ٣٣٨٨") == "3388 و 3388"


def test_arabic_thousands_mark_becomes_comma():
    assert normalize("٣٬٣٨٨") == "3,388"


def test_typographic_quotes_and_dashes_are_folded():
    assert normalize("Iran’s “amnesty” – 2023") == 'Iran\'s "amnesty" - 2023'


def test_fold_lowercases_and_collapses_space():
    assert fold("  Supreme\u00a0Leader ") == "supreme leader"
