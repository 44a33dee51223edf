"""The occasion of a decree: which named holiday wins, and the names the tables know.

Every sentence here is made up; each test stands for one way reports name
(or bury) the occasion.
"""

from datetime import date

import pytest

from pipeline.detect import detect


def occasion(text: str, lang: str, **kw: object) -> str | None:
    result = detect(text, lang=lang, **kw)  # type: ignore[arg-type]
    assert result.is_pardon_announcement, text
    return result.primary.occasion


def test_the_occasion_named_first_in_the_body_beats_a_later_one():
    text = (
        "The king has pardoned 640 prisoners, the royal court said on Monday. "
        "The palace gave no list of names. "
        "Their families gathered outside the prison gates. "
        "The move coincides with the 20th anniversary of his accession to the throne. "
        "The pardon comes a week before Eid al-Fitr."
    )
    assert occasion(text, "en", published=date(2024, 4, 2)) == "throne_day"


def test_a_headline_naming_the_second_of_two_feasts_does_not_override_the_body():
    text = (
        "The Leader pardoned 1,500 convicts on the occasion of Eid al-Adha and Eid al-Ghadir, "
        "the judiciary said."
    )
    title = "Leader pardons 1,500 convicts for Eid al-Ghadir"
    assert occasion(text, "en", title=title) == "eid_al_adha"


def test_the_lead_names_the_occasion_before_the_sentence_that_grants():
    text = (
        "Celebrations on the occasion of Eid al-Fitr included an amnesty, the court said. "
        "Families waited at the gates since dawn. "
        "Buses took some of them home. "
        "The leader pardoned 3,100 prisoners in all."
    )
    assert occasion(text, "en") == "eid_al_fitr"


def test_a_sentence_of_the_decree_without_a_pardon_word_may_name_its_occasion():
    text = (
        "The president pardoned 87 people on Monday, his office said. "
        "Most of them had served half of their terms. "
        "Three were journalists. "
        "Two were lawyers. "
        "The order was timed to Constitution Day, marked on 12 December."
    )
    assert occasion(text, "en") == "national_day"


def test_related_headlines_do_not_give_the_occasion():
    text = (
        "Sultan pardons 150 prisoners\n"
        "Related articles\n"
        "Sultan pardons 210 prisoners ahead of Eid al-Fitr\n"
        "Sultan pardons 190 prisoners on Accession Day\n"
        "The sultan has pardoned 150 prisoners to mark the Prophet's birthday, the palace said."
    )
    assert occasion(text, "en") == "prophet_birthday"


def test_a_bare_eid_gives_way_to_the_feast_it_heads():
    text = 'أصدر المرشد عفوا عن 5 آلاف سجين بمناسبة عيد "النوروز" الذي يحل الأسبوع المقبل.'
    assert occasion(text, "ar") == "nowruz"


def test_a_bare_eid_in_the_headline_is_the_eid_the_body_names():
    text = (
        "President pardons thousands ahead of Eid\n"
        "The president pardoned 2,100 prisoners before the Eid al-Adha holiday, the ministry said."
    )
    assert occasion(text, "en", published=date(2024, 2, 1)) == "eid_al_adha"


def test_vietnam_independence_day_is_its_national_day():
    text = (
        "Vietnam's president has granted amnesty to 2,000 prisoners ahead of Independence Day "
        "on 2 September."
    )
    assert occasion(text, "en") == "national_day"
    elsewhere = text.replace("Vietnam's president", "Zimbabwe's president")
    assert occasion(elsewhere, "en") == "independence_day"


def test_national_holidays_give_way_to_the_one_anniversary_named_after_them():
    text = (
        "وافق المرشد على العفو عن أكثر من ألفي محكوم بمناسبة الأعياد الوطنية "
        "وذكرى انتصار الثورة الإسلامية."
    )
    assert occasion(text, "ar") == "islamic_revolution_anniversary"


def test_national_holidays_covering_several_anniversaries_are_a_national_day():
    text = (
        "أصدر الأمير عفوا عن 300 سجين بمناسبة الأعياد الوطنية المواكبة لذكرى الاستقلال "
        "وذكرى التحرير."
    )
    assert occasion(text, "ar") == "national_day"


def test_independence_in_a_history_sentence_is_not_the_occasion():
    text = (
        "أصدر الرئيس مرسوما بالعفو عن 2000 سجين بمناسبة الذكرى الستين لاندلاع الثورة. "
        "وتعد الثورة محطة في طريق البلاد نحو الاستقلال."
    )
    assert occasion(text, "ar") == "national_day"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Dari: a holiday named by its day in the Afghan solar calendar
        ("رئیس جمهور فرمان عفو ۳۰۰ زندانی را به مناسبت هشتم ثور صادر کرد.", "fa", "national_day"),
        # French: the 14 July grace is named by its day
        (
            "Le président a signé le décret de grâce du 14 juillet, qui réduit les peines "
            "de 3 000 détenus.",
            "fr",
            "national_day",
        ),
        # Persian: several Eids at once ("the Eids of Qurban and Ghadir")
        (
            "رهبر انقلاب با عفو ۱۲۰۰ محکوم به مناسبت اعیاد قربان و غدیر موافقت کرد.",
            "fa",
            "eid_al_adha",
        ),
        # Persian: "the fortieth spring of the Islamic Revolution"
        (
            "رهبر انقلاب با عفو ۵۰۰ محکوم به مناسبت چهلمین بهار انقلاب اسلامی موافقت کرد.",
            "fa",
            "islamic_revolution_anniversary",
        ),
        # Indonesian: the republic's birthday is its independence day
        (
            "Presiden memberikan amnesti kepada 900 narapidana menjelang HUT ke-81 "
            "Republik Indonesia.",
            "id",
            "independence_day",
        ),
        # Turkish: Constitution Day
        (
            "Cumhurbaşkanı, Anayasa Bayramı dolayısıyla 120 mahkumun affedilmesine ilişkin "
            "kararnameyi imzaladı.",
            "tr",
            "national_day",
        ),
        # Russian: a "Day of solidarity"
        (
            "Президент подписал распоряжение о помиловании 60 человек, приуроченное ко Дню "
            "солидарности.",
            "ru",
            "national_day",
        ),
        # German: the anniversary of the victory
        (
            "Das Parlament verabschiedete eine Amnestie für 5000 Häftlinge angesichts des "
            "70. Jahrestags des Sieges.",
            "de",
            "national_day",
        ),
        # English: a longer description before "independence"
        (
            "The president pardoned 800 prisoners to mark the 30th anniversary of the "
            "Central Asian nation's independence.",
            "en",
            "independence_day",
        ),
        # English: the war victory
        (
            "The president pardoned 2,000 prisoners to mark the October war victory.",
            "en",
            "national_day",
        ),
        # Spanish: a law passed to stop contagion in prisons
        (
            "Para evitar los contagios en las cárceles, el Senado aprobó la Ley de Amnistía "
            "que beneficiará a 5.000 presos.",
            "es",
            "covid19",
        ),
    ],
)
def test_occasions_named_in_each_language(text: str, lang: str, expected: str):
    assert occasion(text, lang) == expected


def test_the_saka_new_year_is_not_a_calendar_new_year():
    text = (
        "Kementerian memberikan remisi khusus kepada 700 narapidana pada Hari Raya Nyepi "
        "Tahun Baru Saka 1950."
    )
    assert occasion(text, "id") == "other"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The Leader pardoned 1,200 prisoners to mark the anniversary of the 1979 "
            "Islamic Revolution.",
            "en",
            "islamic_revolution_anniversary",
        ),
        (
            "The president pardoned 3,000 prisoners on the anniversary of the 1973 war.",
            "en",
            "national_day",
        ),
        (
            "Le roi a gracié 500 détenus à l'occasion de l'anniversaire de la Marche verte "
            "de 1975.",
            "fr",
            "national_day",
        ),
        (
            "The president pardoned 1,000 prisoners to mark the anniversary of independence "
            "in 1991.",
            "en",
            "independence_day",
        ),
        (
            "رهبر انقلاب با عفو ۱۲۰۰ محکوم به مناسبت سالروز پیروزی انقلاب اسلامی در سال ۱۳۵۷ "
            "موافقت کرد.",
            "fa",
            "islamic_revolution_anniversary",
        ),
        (
            "Kementerian memberikan remisi kepada 811 narapidana pada Hari Raya Nyepi Tahun "
            "Baru Saka 1940.",
            "id",
            "other",
        ),
    ],
)
def test_the_year_of_the_event_an_anniversary_marks_is_not_an_earlier_decree(
    text: str, lang: str, expected: str
):
    assert occasion(text, lang, published=date(2024, 2, 10)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The king pardoned 300 prisoners for Throne Day 2019.",
        "He has pardoned 300 prisoners since taking the throne in 1999.",
    ],
)
def test_a_feast_dated_years_back_still_marks_an_earlier_decree(text: str):
    result = detect(text, published=date(2024, 2, 10), lang="en")
    assert not result.is_pardon_announcement and "en.earlier" in result.rules


def test_a_reason_given_further_on_in_the_decree_is_its_occasion():
    text = (
        "The president issued a decree on Wednesday pardoning 190 convicts. "
        "It rests on two articles of the penal code. "
        "Most of the convicts fought in the western region. "
        "Officials said the move seeks to promote the spirit of national accord."
    )
    assert occasion(text, "en") == "other"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "The president pardoned 40 foreign prisoners to strengthen friendly relations "
            "with the neighbouring republic.",
            "en",
        ),
        ("أصدر السلطان عفوا عن 200 سجين بمناسبة عودته من رحلة علاجية.", "ar"),
        ("أصدر الرئيس عفوا عن 30 متمردا لتعزيز روح الوفاق الوطني.", "ar"),
        ("أصدر الرئيس عفوا عاما عن حملة السلاح بعد توقيع اتفاق للسلام.", "ar"),
    ],
)
def test_reasons_that_are_not_holidays(text: str, lang: str):
    assert occasion(text, lang) == "other"


def test_eastern_is_not_easter():
    text = "The leader pardoned 30 protesters held in a prison in eastern Belarus."
    assert occasion(text, "en") is None


def test_the_leaders_title_and_the_revolutionary_courts_are_no_anniversary():
    text = (
        "À l'occasion de la fête d'Al-Adha, le Guide suprême de la Révolution islamique a "
        "gracié 1200 détenus condamnés par les tribunaux de la Révolution."
    )
    assert occasion(text, "fr") == "eid_al_adha"
    text = (
        "À l'occasion de l'anniversaire de la victoire de la Révolution islamique, le Guide "
        "suprême a gracié 1200 détenus."
    )
    assert occasion(text, "fr") == "islamic_revolution_anniversary"
    # another country's revolution is no Iranian anniversary
    text = (
        "À l'occasion de l'anniversaire de la révolution du 17 décembre, le président a "
        "accordé une grâce à 300 détenus."
    )
    assert occasion(text, "fr") != "islamic_revolution_anniversary"
