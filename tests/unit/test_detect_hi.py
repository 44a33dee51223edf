"""Hindi: pardons, remissions and releases told as granted, and what is not one."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.detect import detect
from pipeline.detect.langid import detect_language, normalize_hint
from pipeline.detect.normalize import normalize
from pipeline.detect.rules import COMPILED

PUB = date(2024, 9, 23)


def test_the_leader_approves_pardons_with_his_country_count_and_occasion():
    d = detect(
        "ईरान के सर्वोच्च नेता आयतुल्लाह ख़ामेनेई ने पैगंबर के जन्मदिन के अवसर पर 2,450 कैदियों"
        " की सज़ा माफ़ करने या कम करने के प्रस्ताव को मंज़ूरी दे दी।",
        published=PUB,
    )
    p = d.primary
    assert d.is_pardon_announcement and d.language == "hi"
    assert (p.country_code, p.issuer, p.count) == ("IR", "Supreme Leader Ali Khamenei", 2450)
    assert p.occasion == "prophet_birthday"


def test_spellings_without_the_nukta_read_alike():
    d = detect(
        "खामेनेई ने 1500 कैदियों की सजा माफ करने के सुझाव को मंजूरी दी।",
        published=PUB,
    )
    assert d.is_pardon_announcement and d.primary.count == 1500


def test_devanagari_digits_are_read_as_numbers():
    d = detect("राष्ट्रपति ने स्वतंत्रता दिवस पर ३२५ कैदियों की सज़ा माफ़ कर दी।", published=PUB)
    p = d.primary
    assert d.is_pardon_announcement
    assert (p.count, p.occasion, p.issuer) == (325, "independence_day", "President")


def test_a_count_in_words_with_thousands():
    d = detect("राजा ने ईद-उल-फ़ित्र पर दो हज़ार बंदियों को माफ़ी दे दी।", published=PUB)
    p = d.primary
    assert d.is_pardon_announcement
    assert (p.count, p.occasion, p.issuer) == (2000, "eid_al_fitr", "King")


def test_a_scale_and_its_smaller_part():
    d = detect("सरकार ने 2 हजार 272 कैदियों की सजा में कमी कर दी है।", published=PUB)
    assert d.is_pardon_announcement and d.primary.count == 2272


def test_lakhs_grouped_the_indian_way():
    d = detect("सरकार ने आम माफ़ी के तहत 1,20,000 कैदियों को रिहा कर दिया।", published=PUB)
    assert d.is_pardon_announcement and d.primary.count == 120_000


def test_an_amnesty_announced_with_a_date():
    d = detect(
        "राष्ट्रपति ने 5 फ़रवरी 2023 को आम माफ़ी की घोषणा की, जिससे हज़ारों बंदी लाभान्वित होंगे।",
        published=date(2023, 2, 6),
    )
    p = d.primary
    assert d.is_pardon_announcement
    assert p.announced_on == date(2023, 2, 5)
    assert p.count_magnitude == 1000


def test_a_weekday_resolves_against_publication():
    d = detect("गुरुवार को राष्ट्रपति ने 400 कैदियों को क्षमादान दिया।", published=date(2024, 9, 23))
    assert d.is_pardon_announcement and d.primary.announced_on == date(2024, 9, 19)


def test_a_release_order_for_prisoners():
    d = detect("प्रधानमंत्री ने नए साल पर 80 कैदियों को रिहा करने का आदेश दिया।", published=PUB)
    p = d.primary
    assert d.is_pardon_announcement
    assert (p.count, p.occasion) == (80, "new_year")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # calls, in both word orders
        ("मानवाधिकार समूहों ने राजनीतिक कैदियों की रिहाई की मांग की।", "call"),
        ("कार्यकर्ताओं ने राष्ट्रपति से अपील की कि बंदियों को माफ़ कर दिया जाए।", "call"),
        # speculation and a bill
        ("सूत्रों के अनुसार ईद पर आम माफ़ी की घोषणा की संभावना है।", "speculation"),
        ("संसद में आम माफ़ी का विधेयक पेश किया गया।", "speculation"),
        # refusals
        ("राष्ट्रपति ने दोषी की सज़ा माफ़ करने से इनकार कर दिया।", "refusal"),
        ("राज्यपाल ने क्षमा याचिका खारिज कर दी।", "refusal"),
        # a court's own ruling
        ("हाईकोर्ट ने सबूतों के अभाव में उसकी सज़ा कम कर दी।", "court"),
        # bail
        ("अदालत से जमानत मिलने के बाद तीन आरोपियों को रिहा कर दिया गया।", "bail"),
        # a victim's family forgiving an offender
        ("पीड़ित के परिवार ने हत्यारे को माफ़ कर दिया।", "heirs"),
    ],
)
def test_what_is_not_a_granted_decree(text, kind):
    d = detect(text, published=PUB)
    assert not d.is_pardon_announcement, kind


def test_an_apology_is_no_pardon():
    assert not detect("मंत्री ने अपने बयान के लिए माफ़ी माँगी।", published=PUB).is_pardon_announcement


def test_a_loan_or_tax_waiver_is_no_pardon():
    for text in (
        "राज्य सरकार ने किसानों का कर्ज़ माफ़ कर दिया।",
        "नगर निगम ने बकाया बिलों पर जुर्माना माफ़ कर दिया।",
    ):
        assert not detect(text, published=PUB).is_pardon_announcement, text


def test_amnesty_international_is_no_amnesty():
    d = detect(
        "एमनेस्टी इंटरनेशनल ने एक रिपोर्ट में कहा कि जेलों में हालात खराब हैं और कैदियों की रिहाई की मांग की।",
        published=PUB,
    )
    assert not d.is_pardon_announcement


def test_a_future_release_without_an_official_source_is_not_yet_granted():
    d = detect("कैदियों को जल्द ही रिहा कर दिया जाएगा।", published=PUB)
    assert not d.is_pardon_announcement


def test_an_earlier_decree_recalled_in_passing():
    d = detect(
        "इससे पहले राष्ट्रपति ने 500 कैदियों की सज़ा माफ़ की थी।",
        published=PUB,
    )
    assert not d.is_pardon_announcement


def test_devanagari_is_hindi():
    assert detect_language("सर्वोच्च नेता ने कैदियों की सज़ा माफ़ कर दी है।") == "hi"
    assert normalize_hint("hin") == "hi"
    assert normalize_hint("hi-IN") == "hi"


def test_nukta_digits_and_danda_are_folded():
    assert normalize("सज़ा माफ़ ।") == normalize("सजा माफ .")
    assert normalize("\u0938\u095b\u093e") == "सजा"  # the nukta letter written as one character
    assert normalize("२०२४") == "2024"


def test_a_hundred_is_not_read_inside_handed_over():
    numbers = COMPILED["hi"].numbers
    assert [q.value for q in numbers.find("मामला पुलिस को सौंपा गया")] == []
    assert [q.value for q in numbers.find("तीन सौ कैदी")] == [300]
    assert [q.value for q in numbers.find("हजारों कैदी")] == [None]
