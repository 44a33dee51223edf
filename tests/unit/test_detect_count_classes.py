"""Count classes met in real reports: a figure in words joined by a hyphen, and
words describing the people pardoned after their noun."""

from datetime import date

from pipeline.detect import detect
from pipeline.detect.rules import compiled


def test_a_tens_and_a_unit_joined_by_a_hyphen_are_one_figure():
    found = compiled("en").numbers.find("Thirty-four of the 210 inmates")
    assert (found[0].text, found[0].value, found[0].kind) == ("Thirty-four", 34, "exact")


def test_a_hyphen_between_two_round_words_is_not_read_as_one_figure():
    values = [q.value for q in compiled("en").numbers.find("twenty-thirty men")]
    assert 50 not in values


def test_the_count_taken_from_a_pool_written_in_words_is_the_first_figure():
    text = (
        "President Rodrigo Duterte has pardoned thirty-four of the 210 elderly prisoners, "
        "the justice secretary said on Monday."
    )
    decree = detect(text, published=date(2017, 3, 6), lang="en").primary
    assert decree.count == 34


def test_an_arrest_told_after_the_person_noun_does_not_disqualify_the_figure():
    text = "أصدر الرئيس عفوا عن 318 متمردا اعتقلوا في المعارك الأخيرة."
    decree = detect(text, published=date(2015, 3, 2), lang="ar").primary
    assert decree.count == 318


def test_people_named_by_nationality_are_a_count_in_arabic():
    text = (
        "أصدر الرئيس عفوا بمناسبة عيد الفطر المبارك الذي يحتفل به المسلمون في أنحاء "
        "العالم عن 17 مصريا."
    )
    decree = detect(text, published=date(2021, 5, 4), lang="ar").primary
    assert decree.count == 17


def test_the_beneficiaries_of_a_measure_give_the_exact_figure_of_a_rounded_one():
    text = (
        "El gobierno indultó a casi 1,500 presos antes de la Navidad. "
        "La lista de los 1,487 beneficiados se publicó en la gaceta oficial."
    )
    decree = detect(text, published=date(2013, 12, 20), lang="es").primary
    assert decree.count == 1487


def test_one_written_as_an_article_before_a_group_noun_is_no_count():
    text = "El consejo de Estado acordó indultar a un grupo de presos enfermos."
    decree = detect(text, published=date(2014, 6, 2), lang="es").primary
    assert decree.count is None


def test_one_written_as_an_article_is_no_part_of_a_sum():
    text = "En un gesto humanitario, y de forma soberana, el consejo acordó indultar a 640 presos."
    decree = detect(text, published=date(2014, 6, 2), lang="es").primary
    assert decree.count == 640


def test_a_policy_held_for_years_is_no_tally_of_the_figure_that_follows():
    text = (
        "Como es su política desde hace años, acordó indultar a 1 320 presos "
        "por razones humanitarias."
    )
    decree = detect(text, published=date(2019, 9, 12), lang="es").primary
    assert decree.count == 1320


def test_an_exact_figure_in_the_body_wins_over_a_vague_headline():
    text = (
        "Leader pardons, commutes sentences of hundreds of prisoners\n"
        "On the occasion of the holiday, the leader agrees to pardon or commute the "
        "sentences of 1,275 convicts."
    )
    decree = detect(text, published=date(2022, 5, 1), lang="en").primary
    assert decree.count == 1275


def test_a_qualified_exact_figure_wins_over_several_thousand():
    text = (
        "Leader Pardons Several Thousand Inmates\n"
        "Up to 3,412 convicts were granted pardon or commutation by the leader, "
        "state radio reported."
    )
    decree = detect(text, published=date(2010, 2, 9), lang="en").primary
    assert decree.count == 3412


def test_a_part_below_a_vague_figure_does_not_replace_it():
    text = "The king pardoned thousands of prisoners on Sunday, among them 40 women convicts."
    decree = detect(text, published=date(2016, 7, 30), lang="en").primary
    assert decree.count is None and decree.count_magnitude == 1000


def test_a_death_sentence_the_measure_lifts_does_not_rule_out_the_figure():
    text = (
        "أصدر الرئيس قرارا بالعفو وإسقاط عقوبة الإعدام عن 143 محكوما، ومن بين المفرج عنهم 38 متهما."
    )
    decree = detect(text, published=date(2017, 3, 9), lang="ar").primary
    assert decree.count == 143


def test_the_executed_before_a_figure_still_rule_it_out():
    text = (
        "The president pardoned 650 prisoners on Monday; last year the state executed 31 inmates."
    )
    decree = detect(text, published=date(2019, 4, 1), lang="en").primary
    assert decree.count == 650


def test_the_lead_gives_the_figure_when_the_evidence_sentences_give_none():
    text = (
        "The prisons authority released 2 418 prisoners on the occasion of the holiday.\n"
        "The holiday marks a victory in a war fought decades ago.\n"
        "It is celebrated with parades.\n"
        "Officials said the releases came in order to implement the President's pardon "
        "decision."
    )
    decree = detect(text, published=date(2021, 10, 6), lang="en").primary
    assert decree.count == 2418


def test_a_lead_figure_in_a_sentence_naming_no_measure_is_not_taken():
    text = (
        "A court gave 47 defendants life terms in 2014.\n"
        "The appeal failed a year later.\n"
        "Their families kept up a campaign.\n"
        "The president's office said on Monday that a pardon decree was signed for them."
    )
    decree = detect(text, published=date(2016, 10, 26), lang="en").primary
    assert decree.count is None


def test_a_figure_said_to_be_the_total_wins_over_an_earlier_batch():
    text = (
        "The president pardoned the protesters on Monday.\n"
        "The government thanked the mediators for their work.\n"
        "Between June 10 and 11, the state released 95 prisoners, and later the rest "
        "to reach a total of 131 people."
    )
    decree = detect(text, published=date(2019, 6, 19), lang="en").primary
    assert decree.count == 131


def test_their_number_reached_makes_the_figure_a_count_in_arabic():
    text = "أصدر الملك عفوا عن السجناء في مختلف القضايا بمناسبة العيد الوطني وبلغ عددهم 318."
    decree = detect(text, published=date(2019, 7, 22), lang="ar").primary
    assert decree.count == 318


def test_prisoners_freed_and_others_whose_terms_were_cut_add_up_across_sentences():
    text = (
        "Hükümet af kapsamında 1.250 mahkumu serbest bıraktı.\n"
        "Mahkeme salı günü bir açıklama yaptı.\n"
        "Açıklamada, 2.310 mahkumun ceza sürelerinin kısaltıldığı da bildirildi."
    )
    decree = detect(text, published=date(2024, 11, 27), lang="tr").primary
    assert decree.count == 3560
    assert decree.count_text == "1.250 ... 2.310"


def test_a_count_that_names_pardon_or_reduction_is_the_whole_and_takes_no_other_part():
    text = (
        "The leader agreed to pardon or reduce the sentences of 1,420 convicts.\n"
        "The decision includes the release of 90 prisoners held on security charges."
    )
    decree = detect(text, published=date(2021, 3, 29), lang="en").primary
    assert decree.count == 1420


def test_a_total_broken_down_in_its_sentence_takes_no_part_from_another():
    text = (
        "Under the decree, 640 convicts were pardoned, of which 410 were released.\n"
        "In one prison the terms of another 18 inmates were reduced."
    )
    decree = detect(text, published=date(2023, 5, 8), lang="en").primary
    assert decree.count == 640


def test_the_arabic_or_inside_a_word_is_no_subset_word():
    text = (
        "أمر الرئيس بالإفراج عن 1200 سجين بمناسبة العيد.\nوعلاوة على ذلك خففت أحكام 800 سجين آخرين."
    )
    decree = detect(text, published=date(2020, 5, 20), lang="ar").primary
    assert decree.count == 2000
