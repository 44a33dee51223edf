from datetime import date

from pipeline.detect import detect
from pipeline.detect.fields import DATE_READERS

PUB = date(2024, 3, 8)  # a Friday


def first(text, lang="en", published=PUB):
    from pipeline.detect.normalize import normalize

    found = DATE_READERS[lang].find(normalize(text), published)
    return found[0].date if found else None


def test_weekday_is_most_recent_on_or_before_publication():
    assert first("on Monday") == date(2024, 3, 4)
    assert first("on Friday") == date(2024, 3, 8)


def test_yesterday_and_relative_words_in_other_languages():
    assert first("yesterday") == date(2024, 3, 7)
    assert first("hier", "fr") == date(2024, 3, 7)
    assert first("دیروز", "fa") == date(2024, 3, 7)


def test_day_and_month_take_the_publication_year():
    assert first("February 5") == date(2024, 2, 5)
    assert first("5 février", "fr") == date(2024, 2, 5)


def test_day_and_month_after_publication_fall_in_previous_year():
    assert first("December 28") == date(2023, 12, 28)


def test_full_and_iso_dates():
    assert first("5 February 2023") == date(2023, 2, 5)
    assert first("2023-02-05", published=None) == date(2023, 2, 5)


def test_jalali_date_is_converted():
    assert first("۱۶ بهمن ۱۴۰۱", "fa") == date(2023, 2, 5)


def test_hijri_date_is_converted():
    assert first("14 رجب 1444", "ar") == date(2023, 2, 5)


def test_relative_date_without_publication_does_not_resolve():
    assert first("on Monday", published=None) is None


def test_announced_on_resolves_weekday_against_published():
    text = "King Mohammed VI pardoned 1,200 prisoners on Monday, the ministry said."
    assert detect(text, published=PUB).primary.announced_on == date(2024, 3, 4)


def test_an_undated_report_is_dated_by_the_occasion_its_decree_sentence_dates():
    text = (
        "The justice ministry granted remission to 1,200 inmates across the country "
        "to mark Independence Day on August 17, 2021."
    )
    undated = detect(text, published=None)
    assert undated.is_pardon_announcement
    assert undated.decrees[0].announced_on == date(2021, 8, 17)
    # a publication date keeps its say: the holiday's date is the occasion's name
    dated = detect(text, published=date(2021, 8, 18))
    assert dated.decrees[0].announced_on == date(2021, 8, 18)
    # an undated report that dates nothing stays undated
    assert (
        detect(text.replace(" on August 17, 2021", ""), published=None).decrees[0].announced_on
        is None
    )


def test_today_followed_by_a_weekday_is_that_weekday():
    # "today, Wednesday" in a report dated Friday: written on Wednesday
    found = DATE_READERS["en"].find("the office said today, Wednesday, that", PUB)
    assert [d.date for d in found] == [date(2024, 3, 6)]
    assert first("اليوم الأربعاء", "ar") == date(2024, 3, 6)


def test_the_day_an_occasion_is_kept_on_is_not_the_decree_date():
    text = (
        "The leader has pardoned 2,000 prisoners. The mass pardon coincides with the "
        "Prophet's birthday, which will be marked on Saturday."
    )
    decree = detect(text, published=date(2024, 9, 20), lang="en").primary
    assert decree.announced_on == date(2024, 9, 20)  # not the Saturday before publication
    text = (
        "Le président a signé deux décrets de grâce à l'occasion de la fête de "
        "l'indépendance (célébrée le 5 juillet)."
    )
    decree = detect(text, published=date(2025, 7, 6), lang="fr").primary
    assert decree.announced_on == date(2025, 7, 6)


def test_a_date_that_names_an_event_is_not_the_decree_date():
    # "the March 3 rioters", "the June 9 attack": the day of the events the
    # convicts took part in, months before the pardon
    text = "The president pardoned 350 of the March 3 rioters on Friday, his office said."
    decree = detect(text, published=date(2024, 9, 21), lang="en").primary
    assert decree.announced_on == date(2024, 9, 20)
    text = "The president pardoned 40 people convicted over the June 9 attack."
    assert detect(text, published=date(2024, 9, 21), lang="en").primary.announced_on == date(
        2024, 9, 21
    )
    # a date before another noun still dates the decree
    text = "On March 3 the president pardoned 350 prisoners, his office said."
    decree = detect(text, published=date(2024, 3, 5), lang="en").primary
    assert decree.announced_on == date(2024, 3, 3)


def test_a_pardon_told_in_progress_is_granted():
    text = "The president said on Monday he was pardoning about 1,500 of his supporters."
    result = detect(text, published=date(2025, 1, 21), lang="en")
    assert result.is_pardon_announcement
    assert result.primary.announced_on == date(2025, 1, 20)
    critics = detect("Critics said he was pardoning his friends.", lang="en")
    assert not critics.is_pardon_announcement


def test_an_anniversarys_origin_date_is_not_the_decree_date():
    # no publication date: the date opening a span of years is the day the
    # anniversary counts from, not the day of the decree
    text = (
        "Hanoi - The State President signed a decision granting special amnesty to 2,100 "
        "inmates on the occasion of the 50th National Day (September 2, 1975 - 2025)."
    )
    assert detect(text).decrees[0].announced_on is None


def test_a_photo_caption_does_not_date_the_decree():
    text = (
        "Zimbabwe's President Emmerson Mnangagwa has pardoned 3,000 prisoners, the justice "
        "ministry said.\n"
        "Mnangagwa greets a visiting minister in Harare, Zimbabwe, March 8, 2018. "
        "REUTERS/Staff Photographer\n"
        "The amnesty covers women and juveniles."
    )
    assert detect(text).decrees[0].announced_on is None
