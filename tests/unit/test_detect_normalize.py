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


def test_offset_map_gives_back_the_text_as_written():
    from pipeline.detect.normalize import normalize_with_map

    raw = "أمر الملكُ محمد السادس بالعفو عن ٢٬٤٧٦ سجيناً"
    norm, offsets = normalize_with_map(raw)
    start = norm.index("الملک")
    end = norm.index("السادس") + len("السادس")
    assert offsets.text(start, end) == "الملكُ محمد السادس"
    number = norm.index("2,476")
    assert offsets.text(number, number + 5) == "٢٬٤٧٦"
    tail = norm.index("سجینا")
    assert offsets.text(tail, len(norm)) == "سجيناً"


def test_offset_map_is_the_identity_on_ascii():
    from pipeline.detect.normalize import normalize_with_map

    norm, offsets = normalize_with_map("Iran's leader")
    assert norm == "Iran's leader" and offsets.text(0, 5) == "Iran'"
