"""The issuer comes out in one English form, whatever script the report used."""

from datetime import date

from pipeline.detect import detect
from pipeline.detect.rulers import (
    SOLE_PARDONER,
    canonical_issuer,
    holder,
    office_by_adjective,
    ruler_country,
    ruler_named,
)


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


def test_past_rulers_come_from_the_table_of_terms_by_the_decree_date():
    assert canonical_issuer("the King", "KH", date(1999, 4, 2)) == "King Norodom Sihanouk"
    assert canonical_issuer("the King", "KH", date(2012, 4, 2)) == "King Norodom Sihamoni"
    assert canonical_issuer("President Habibie", "ID", date(1998, 8, 17)) == (
        "President B.J. Habibie"
    )


def test_a_surname_shared_by_two_rulers_is_told_apart_by_the_date():
    assert canonical_issuer("President Berdimuhamedov", "TM", date(2016, 5, 3)) == (
        "President Gurbanguly Berdimuhamedov"
    )
    assert canonical_issuer("President Berdimuhamedov", "TM", date(2024, 5, 3)) == (
        "President Serdar Berdimuhamedov"
    )


def test_urdu_office_words_and_names_get_the_english_form():
    assert canonical_issuer("صدر مملکت آصف علی زرداری", "PK", None) == "President Asif Ali Zardari"
    assert canonical_issuer("سپریم لیڈر ہیبت اللہ اخوندزادہ", "AF", None) == (
        "Supreme Leader Hibatullah Akhundzada"
    )


def test_of_several_rulers_named_the_one_named_first_is_taken():
    text = "Council head al-Burhan signed the pardon; under al-Bashir such pardons were rare."
    assert ruler_named(text, "SD", None) == "Sovereign Council Chairman Abdel Fattah al-Burhan"


def test_the_ruler_of_the_office_asked_for_is_taken():
    text = "Vice President Mohammed bin Rashid and President Mohamed bin Zayed spoke."
    assert ruler_named(text, "AE", None, "President") == (
        "President Sheikh Mohamed bin Zayed Al Nahyan"
    )


def test_the_country_follows_from_the_ruler_an_issuer_names():
    assert ruler_country("صدر آصف علی زرداری", None) == "PK"
    assert ruler_country("the President", None) is None


def test_an_undated_report_names_its_president_and_is_not_given_todays():
    text = (
        "Colombo President Mahinda Rajapaksa opened the festival.\n"
        "On Friday the President pardoned 300 prisoners to mark the holiday."
    )
    decree = detect(text, lang="en").primary
    assert decree.issuer == "President Mahinda Rajapaksa"


def test_a_year_recalled_in_the_text_does_not_displace_the_leader_it_names():
    text = (
        "Leader Ayatollah Khamenei on Sunday pardoned 900 convicts for the anniversary "
        "of the revolution that began in 1979."
    )
    decree = detect(text, lang="en").primary
    assert decree.issuer == "Supreme Leader Ali Khamenei"


def test_a_legislature_known_by_its_own_name_is_called_so():
    assert canonical_issuer("the lower house", "RU", None) == "State Duma"
    assert canonical_issuer("das Unterhaus", "RU", None) == "State Duma"
    assert canonical_issuer("parliament", "TR", None) == "Parliament"


def test_a_body_that_voted_the_amnesty_beats_the_president_who_proposed_it():
    text = (
        "Im Zuge einer Amnestie hat Russland 4.000 Verurteilten ihre Reststrafe erlassen. "
        "Den Vorschlag von Präsident Wladimir Putin nahm die Staatsduma am Mittwoch an."
    )
    decree = detect(text, published=date(2020, 5, 6), lang="de").primary
    assert decree.issuer == "State Duma"


def test_the_english_report_of_a_duma_vote_names_the_duma():
    text = "Russia's State Duma on Friday approved an amnesty for 3,000 prisoners."
    decree = detect(text, published=date(2020, 5, 6), lang="en").primary
    assert decree.issuer == "State Duma"


def test_the_agent_of_another_verb_before_the_granting_one_is_not_the_issuer():
    text = (
        "El Consejo de Estado, siguiendo la política fijada por el Gobierno cubano, acordó "
        "indultar a 1.200 sancionados."
    )
    decree = detect(text, published=date(2019, 6, 1), lang="es").primary
    assert decree.issuer == "Council of State"


def test_a_proposer_is_not_the_issuer_when_the_grantor_is_named():
    text = (
        "On a proposal from Interior Minister Karl Stone, the Senate on Monday approved "
        "a pardon for 42 prisoners."
    )
    decree = detect(text, published=date(2021, 3, 2), lang="en").primary
    assert decree.issuer == "Parliament"


def test_a_former_ruler_is_not_the_issuer():
    text = (
        "The government of Indonesia's new president B J Habibie freed two critics today.\n"
        "The two, jailed for insulting former president Suharto, were released on Tuesday "
        "after a presidential decree was issued granting them amnesty."
    )
    decree = detect(text, published=date(1998, 5, 26), lang="en").primary
    assert decree.issuer == "President B.J. Habibie"


def test_a_member_of_a_body_does_not_make_the_body_the_issuer():
    text = (
        "The prisoners were pardoned on Friday, said a statement signed by Ann Poku, "
        "a Member of Parliament and the president's spokeswoman."
    )
    decree = detect(text, published=date(2023, 3, 3), lang="en").primary
    assert decree.issuer != "Parliament"


def test_an_amnesty_law_passed_is_the_legislatures_even_when_the_president_promulgated_it():
    text = (
        "A lei de perdão de penas entrou em vigor no sábado, depois de o Presidente da "
        "República a ter promulgado."
    )
    decree = detect(text, published=date(2020, 4, 12), lang="pt").primary
    assert decree.issuer == "Parliament"


def test_a_decree_of_the_presidency_names_the_president():
    assert office_by_adjective("بر اساس فرمان ریاست جمهوری") == "President"
    assert office_by_adjective("a statement from the presidency") == "President"
