"""Announcements, their fields, earlier decrees and multi-decree round-ups."""

from datetime import date

from pipeline.detect import detect


def test_leader_agreeing_to_pardon_is_an_announcement_with_fields():
    text = (
        "Iran's Supreme Leader Ayatollah Ali Khamenei agreed on Monday to pardon or reduce "
        "the sentences of 1,200 convicts to mark the anniversary of the Islamic Revolution."
    )
    d = detect(text, published=date(2024, 2, 7), lang="en").primary
    assert (d.country_code, d.count, d.announced_on) == ("IR", 1200, date(2024, 2, 5))
    assert d.occasion == "islamic_revolution_anniversary" and "Khamenei" in (d.issuer or "")


def test_announced_future_decree_counts_when_an_official_source_is_named():
    text = "The leader will forgive 10,000 prisoners for Nowruz, according to state television."
    assert detect(text, lang="en").is_pardon_announcement


def test_earlier_decree_is_not_the_primary_one():
    text = (
        "The king pardoned 500 prisoners on Monday for Throne Day. "
        "It comes after he pardoned 878 people in January."
    )
    result = detect(text, published=date(2024, 7, 30), lang="en")
    assert len(result.decrees) == 1 and result.primary.count == 500
    assert "en.earlier" in result.rules


def test_only_an_earlier_decree_makes_a_negative():
    text = "Police arrested the blogger on Monday. He had been pardoned by the king in 2019."
    assert not detect(text, published=date(2024, 5, 20), lang="en").is_pardon_announcement


def test_gulf_round_up_yields_one_decree_per_ruler():
    text = (
        "The UAE President pardoned 1,000 prisoners ahead of Ramadan. "
        "The Emir of Qatar pardoned 200 inmates. "
        "Oman's Sultan pardoned 150 prisoners."
    )
    decrees = detect(text, lang="en").decrees
    assert [(d.country_code, d.count) for d in decrees] == [("AE", 1000), ("QA", 200), ("OM", 150)]


def test_unrelated_figures_are_not_the_count():
    text = (
        "Iran said it would pardon prisoners, according to state TV. "
        "Some 85,000 people had been temporarily released and 189,500 are in prison."
    )
    assert detect(text, lang="en").primary.count is None


def test_conditions_and_exclusions_are_canonical_phrases():
    text = (
        "Khamenei issued an amnesty for thousands of prisoners. "
        "The amnesty does not include dual nationals or those charged with corruption on earth. "
        "Prisoners must express regret and give a written commitment."
    )
    d = detect(text, lang="en").primary
    assert {"dual nationals", "corruption on earth"} <= set(d.exclusions)
    assert {"express regret", "written commitment"} <= set(d.conditions)


def test_persian_decree_with_jalali_date():
    text = "رهبر انقلاب روز یکشنبه ۱۶ بهمن ۱۴۰۱ با عفو و تخفیف مجازات ۲۰۰۰ نفر موافقت کردند."
    d = detect(text).primary
    assert (d.country_code, d.count, d.announced_on) == ("IR", 2000, date(2023, 2, 5))


def test_arabic_royal_pardon_with_arabic_indic_digits():
    text = "أصدر الملك محمد السادس عفوه على ١٣٠٤ شخصا بمناسبة عيد العرش."
    d = detect(text, lang="ar").primary
    assert (d.country_code, d.count, d.occasion) == ("MA", 1304, "throne_day")


def test_language_is_detected_when_not_given():
    assert (
        detect("Le roi a gracié 1.500 détenus à l'occasion de la Fête du Trône.").language == "fr"
    )


def test_to_dict_carries_rules_and_evidence():
    out = detect("President Tebboune pardoned 4,000 prisoners.", lang="en").to_dict()
    assert out["is_pardon_announcement"] and out["evidence"] and out["rules"]


def test_a_bare_title_in_the_headline_is_named_from_the_lead():
    title = "Emirates president pardons 1,150 inmates before Eid"
    text = (
        "President Sheikh Mohamed bin Zayed Al Nahyan on Sunday ordered the release of 1,150 "
        "inmates held in federal prisons ahead of Eid al-Fitr.\n"
        "Prime Minister Sheikh Mohammed bin Rashid welcomed the gesture."
    )
    d = detect(text, title=title, published=date(2024, 4, 7), lang="en").primary
    assert d.issuer == "President Sheikh Mohamed bin Zayed Al Nahyan"
    assert d.count == 1150


def test_a_bare_title_is_not_named_after_the_holder_of_another_title():
    text = (
        "The king pardoned 700 prisoners on Tuesday to mark Throne Day.\n"
        "Prime Minister Aziz Akhannouch welcomed the royal decision."
    )
    d = detect(text, published=date(2024, 7, 31), lang="en").primary
    assert d.count == 700
    assert "Akhannouch" not in (d.issuer or "")


def test_a_bare_eid_is_read_off_the_hijri_date():
    text = "The emir pardoned 300 prisoners on the occasion of Eid, state media said."
    at_fitr = detect(text, published=date(2024, 4, 9), lang="en").primary
    at_adha = detect(text, published=date(2024, 6, 16), lang="en").primary
    elsewhere = detect(text, published=date(2024, 2, 1), lang="en").primary
    assert (at_fitr.occasion, at_adha.occasion, elsewhere.occasion) == (
        "eid_al_fitr",
        "eid_al_adha",
        "other",
    )
    assert at_fitr.occasion_text == "Eid"
    named = "The emir pardoned 300 prisoners on the occasion of Eid al-Adha, state media said."
    assert detect(named, published=date(2024, 4, 9), lang="en").primary.occasion == "eid_al_adha"
