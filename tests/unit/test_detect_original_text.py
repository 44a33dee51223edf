"""Fields are reported as the article wrote them, and the newer general rules hold."""

from datetime import date

from pipeline.detect import detect


def test_arabic_fields_keep_the_original_spelling_and_digits():
    text = (
        "أصدر الملك محمد السادس عفوه السامي على ١٬٣٠٤ أشخاص بمناسبة عيد العرش، "
        "حسب بلاغ لوزارة العدل."
    )
    d = detect(text, published="2024-07-30", lang="ar")
    decree = d.primary
    assert decree.issuer_text == "الملك محمد السادس"  # Arabic kaf, not the Persian one
    assert decree.issuer == "King Mohammed VI"
    assert decree.count == 1304 and decree.count_text == "١٬٣٠٤"
    assert decree.occasion_text == "عيد العرش"
    assert decree.evidence == (text,)


def test_issuer_stops_before_the_granting_verb():
    text = "رئيس الدولة يأمر بالإفراج عن ٨١٢ سجيناً بمناسبة اليوم الوطني، وفق وكالة الأنباء الرسمية."
    d = detect(text, published="2024-11-30", lang="ar")
    assert d.is_pardon_announcement
    assert d.primary.issuer_text == "رئيس الدولة"


def test_persian_issuer_keeps_alef_madda_and_zero_width_non_joiner():
    text = (
        "آیت\u200cالله علی خامنه\u200cای با عفو و تخفیف مجازات ۱۲۰۰ نفر از محکومان "
        "به مناسبت عید فطر موافقت کرد."
    )
    d = detect(text, published="2024-04-09", lang="fa")
    assert d.primary.issuer_text is not None
    assert d.primary.issuer == "Supreme Leader Ali Khamenei"
    assert d.primary.issuer_text.startswith("آیت\u200cالله علی خامنه\u200cای")
    assert d.primary.count_text == "۱۲۰۰"


def test_a_year_is_never_the_count():
    text = (
        "Founded in 2011 by former detainees, the group welcomed the news that the president "
        "pardoned political prisoners on Sunday, the presidency said."
    )
    d = detect(text, published="2024-05-06", lang="en")
    assert d.is_pardon_announcement
    assert d.primary.count is None


def test_personal_forgiveness_is_not_a_pardon():
    text = '"Nobody forgave him anything," his lawyer said after the acquittal.'
    assert not detect(text, published="2024-05-06", lang="en").is_pardon_announcement


def test_reported_past_perfect_is_the_decree_itself():
    text = (
        "State media said on Sunday, 3 March, that the president had pardoned 740 prisoners "
        "for Independence Day."
    )
    d = detect(text, published="2024-03-05", lang="en")
    assert d.is_pardon_announcement
    assert d.primary.count == 740 and d.primary.announced_on == date(2024, 3, 3)


def test_occasion_comes_from_the_decree_not_from_an_earlier_one():
    text = (
        "The king pardoned 1,020 prisoners on Monday, the royal court said.\n"
        "In May, he pardoned 500 inmates to mark Eid al-Adha."
    )
    d = detect(text, published="2024-07-30", lang="en")
    assert d.is_pardon_announcement and d.primary.count == 1020
    assert d.primary.occasion is None  # Eid al-Adha was the May decree's occasion
