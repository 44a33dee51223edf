"""Italian: reports of granted pardons and amnesties, and the hard negatives."""

from __future__ import annotations

import pytest

from pipeline.detect import detect
from pipeline.detect.langid import detect_language, normalize_hint
from pipeline.detect.sentences import split_sentences


def _yes(text: str, published: str = "2025-06-03") -> None:
    d = detect(text, published=published, lang="it")
    assert d.is_pardon_announcement, d.rules


def _no(text: str) -> None:
    d = detect(text, published="2025-06-03", lang="it")
    assert not d.is_pardon_announcement, d.rules


def test_italian_is_told_apart_without_a_hint():
    text = (
        "Il presidente della Repubblica ha firmato il decreto che concede la grazia a"
        " trecento detenuti, secondo quanto riferito dalla presidenza nella serata di ieri."
    )
    assert detect_language(text) == "it"


def test_the_iso_639_2_code_is_italian():
    assert normalize_hint("ita") == "it"


def test_spanish_and_portuguese_stay_themselves():
    es = "El presidente indultó a 300 presos con motivo de la fiesta nacional, según el decreto."
    pt = "O presidente concedeu o indulto de Natal a 300 presos, segundo o decreto publicado."
    assert (detect_language(es), detect_language(pt)) == ("es", "pt")


def test_king_pardons_prisoners_on_throne_day_with_count_and_country():
    d = detect(
        "Il re Mohammed VI ha concesso la grazia a 1.304 detenuti in occasione della"
        " Festa del Trono, ha annunciato il ministero della Giustizia marocchino.",
        published="2025-07-30",
    )
    assert d.is_pardon_announcement and d.language == "it"
    p = d.primary
    assert (p.country_code, p.count, p.occasion) == ("MA", 1304, "throne_day")
    assert p.issuer == "King Mohammed VI"


def test_headline_present_tense_pardon_reads_count_and_issuer():
    d = detect(
        "Il presidente tunisino Kais Saied grazia 850 condannati per la festa dell'indipendenza."
        " La misura riguarda anche detenuti stranieri.",
        published="2025-03-20",
    )
    assert d.is_pardon_announcement
    p = d.primary
    assert (p.country_code, p.count, p.occasion) == ("TN", 850, "independence_day")


def test_passive_pardon_with_weekday_date():
    d = detect(
        "Sono stati graziati lunedì 2.000 carcerati in tutto il Paese: lo ha reso noto"
        " l'agenzia di stampa ufficiale, precisando che sono esclusi i condannati per omicidio.",
        published="2025-06-04",
        lang="it",
    )
    assert d.is_pardon_announcement
    p = d.primary
    assert p.count == 2000
    assert str(p.announced_on) == "2025-06-02"
    assert "murder" in p.exclusions


def test_amnesty_for_thousands_for_the_new_year_reads_a_vague_count():
    d = detect(
        "La giunta ha decretato un'amnistia per migliaia di prigionieri in occasione del"
        " Capodanno, ha riferito la televisione di stato.",
        published="2025-01-01",
        lang="it",
    )
    assert d.is_pardon_announcement
    p = d.primary
    assert p.occasion == "new_year" and p.count is None and p.count_magnitude == 1000


def test_number_words_as_one_word():
    d = detect(
        "L'emiro ha concesso la grazia a duemilacinquecento detenuti per la festa nazionale.",
        published="2025-02-25",
        lang="it",
    )
    assert d.is_pardon_announcement and d.primary.count == 2500


def test_commutation_of_death_sentences():
    _yes(
        "Il capo dello Stato ha commutato in ergastolo la condanna a morte di 37 detenuti,"
        " si legge in un comunicato della presidenza."
    )


def test_amnesty_law_passed_by_parliament():
    _yes("Il Parlamento ha approvato ieri la legge di amnistia per i detenuti politici.")


@pytest.mark.parametrize(
    "text",
    [
        # a call
        "Le famiglie chiedono la grazia per i detenuti politici ancora in carcere.",
        "L'opposizione ha lanciato un appello al presidente perché conceda l'amnistia.",
        # speculation
        "Il governo potrebbe concedere un'amnistia ai prigionieri entro la fine dell'anno.",
        # a refusal
        "Il presidente ha respinto la domanda di grazia presentata dai legali dell'imputato.",
        # a bill still before the chamber
        "Il Senato discuterà la prossima settimana il disegno di legge sull'amnistia.",
        # a court ruling
        "La Corte di cassazione ha annullato la condanna e ridotto la pena del manager.",
        # a tax amnesty
        "Il governo ha approvato un condono fiscale e un'amnistia fiscale per gli evasori.",
        # Amnesty International on another subject
        "Amnesty International ha denunciato torture nelle carceri del Paese.",
        # set phrases of "grazia"
        "La sconfitta è stata il colpo di grazia per la squadra, ha detto l'allenatore.",
        "La banca ha concesso un periodo di grazia di sei mesi ai debitori.",
        # "grazie" is thanks, never a pardon
        "Grazie ai volontari, trecento famiglie hanno ricevuto aiuti alimentari.",
    ],
)
def test_italian_hard_negatives_are_rejected(text: str):
    _no(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Il presidente egiziano ha concesso la grazia a 400 detenuti.", "EG"),
        ("Le autorità della Bielorussia hanno graziato 16 prigionieri.", "BY"),
        ("Il sovrano della Thailandia ha concesso un'amnistia a 30.000 detenuti.", "TH"),
    ],
)
def test_italian_country_names_and_adjectives(text: str, code: str):
    assert detect(text, lang="it").primary.country_code == code


def test_an_emir_without_a_name_is_completed_from_the_country():
    d = detect(
        "L'emiro del Qatar ha concesso la grazia a 120 detenuti per la festa nazionale.",
        published="2024-12-18",
        lang="it",
    )
    assert d.primary.issuer.startswith("Emir ") and d.primary.country_code == "QA"


def test_italian_courtesy_titles_do_not_end_a_sentence():
    text = "Il legale, avv. Bianchi, ha parlato con il dott. Verdi. Poi è uscito."
    assert len(split_sentences(text)) == 2


def test_a_pardon_refused_in_the_negative_is_no_announcement():
    _no("Il presidente non ha concesso la grazia ai detenuti politici, ha detto il portavoce.")


def test_a_petition_for_a_pardon_is_a_call():
    _no("L'avvocato ha presentato istanza di grazia per il suo assistito, condannato a 20 anni.")


def test_a_first_name_grazia_is_no_pardon():
    _no("Maria Grazia Rossi ha vinto il premio per 300 poesie dedicate ai detenuti.")
