"""The issuer comes out in one English form, whatever script the report used."""

from datetime import date

from pipeline.detect import detect
from pipeline.detect.rulers import SOLE_PARDONER, canonical_issuer, holder, ruler_named


def test_a_ruler_named_in_cyrillic_gets_office_and_english_name():
    issuer = canonical_issuer("Президент Беларуси Александр Лукашенко", "BY", None)
    assert issuer == "President Alexander Lukashenko"


def test_an_honorific_title_with_the_name_gives_the_king():
    assert canonical_issuer("خادم الحرمين الشريفين الملك سلمان", "SA", None) == (
        "King Salman bin Abdulaziz"
    )


def test_a_bare_title_is_completed_by_who_held_it_on_the_decree_date():
    assert canonical_issuer("le roi", "MA", date(2023, 7, 29)) == "King Mohammed VI"
    assert canonical_issuer("le roi", "MA", date(1995, 7, 30)) == "King Hassan II"


def test_a_title_with_no_known_holder_stays_the_english_office():
    assert canonical_issuer("le président", "XX", date(2020, 1, 1)) == "President"


def test_an_english_phrase_with_an_unknown_name_is_kept_as_written():
    assert canonical_issuer("President Mahinda Rajapaksa", "LK", date(2008, 2, 4)) == (
        "President Mahinda Rajapaksa"
    )


def test_a_collective_issuer_gets_its_english_name():
    assert canonical_issuer("la Asamblea Nacional", None, None) == "National Assembly"
    assert canonical_issuer("el Senado de México", "MX", None) == "Parliament"
    assert canonical_issuer("Госдума", "RU", None) == "State Duma"
    assert canonical_issuer("el Gobierno", "CU", None) == "Government of Cuba"


def test_a_ruler_of_another_country_is_not_the_issuer_the_office_holder_is():
    on = date(2014, 11, 7)
    assert canonical_issuer("President Barack Obama", "MM", on) == "President Thein Sein"


def test_a_ruler_whose_reign_ended_before_the_decree_is_only_its_occasion():
    on = date(2019, 12, 5)
    assert canonical_issuer("King Bhumibol", "TH", on) == "King Maha Vajiralongkorn"
    assert canonical_issuer("King Bhumibol", "TH", date(2010, 12, 5)) == "King Bhumibol Adulyadej"


def test_an_office_and_a_name_the_table_lacks_are_kept_in_english():
    assert canonical_issuer("le président Faustin Nkamba", None, None) == (
        "President Faustin Nkamba"
    )


def test_a_ruler_of_another_country_named_in_the_sentence_is_not_the_issuer():
    assert ruler_named("Putin and Lukashenko met; 40 prisoners were pardoned.", "BY", None) == (
        "President Alexander Lukashenko"
    )
    assert ruler_named("Putin spoke; 40 prisoners were pardoned.", "BY", None) is None


def test_the_detector_reports_both_forms():
    text = "Le roi Mohammed VI a gracié 1.304 détenus à l'occasion de la fête du Trône."
    decree = detect(text, published=date(2024, 7, 30), lang="fr").primary
    assert decree.issuer == "King Mohammed VI"
    assert decree.issuer_text is not None and "Mohammed VI" in decree.issuer_text


def test_the_office_holder_is_told_by_the_month_in_a_year_of_transition():
    assert canonical_issuer("the President", "LK", date(2024, 5, 23)) == (
        "President Ranil Wickremesinghe"
    )
    assert canonical_issuer("the President", "LK", date(2024, 11, 1)) == (
        "President Anura Kumara Dissanayake"
    )


def test_a_namesake_out_of_office_is_not_the_ruler():
    said = "The ministry's spokesman, Akbar Prabowo, said 500 inmates got remissions."
    assert ruler_named(said, "ID", date(2014, 8, 17)) is None


def test_where_one_office_alone_pardons_its_holder_on_the_day_is_the_issuer():
    assert holder("IR", SOLE_PARDONER["IR"], date(2019, 2, 19)) == "Supreme Leader Ali Khamenei"
    assert holder("KW", SOLE_PARDONER["KW"], date(2022, 11, 24)) == (
        "Emir Sheikh Nawaf Al-Ahmad Al-Jaber Al-Sabah"
    )
