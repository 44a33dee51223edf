from datetime import UTC, date, datetime

from pipeline.events.normalise import (
    batch_marker,
    count_label,
    count_range,
    date_interval,
    is_implementation,
    issuer_key,
    occasion_key,
)
from pipeline.models import Decree


def _overlap(a: Decree, b: Decree) -> bool:
    ra, rb = count_range(a), count_range(b)
    assert ra and rb
    return ra[0] <= rb[1] and rb[0] <= ra[1]


def test_names_and_titles_of_the_supreme_leader_are_one_office():
    names = ["Ayatollah Ali Khamenei", "Supreme Leader", "Khamenei", "Iran's supreme leader"]
    assert {issuer_key(n) for n in names} == {"supreme_leader"}


def test_announcing_bodies_leave_the_issuer_unknown():
    assert issuer_key("the judiciary spokesman") is None
    assert issuer_key(None) is None


def test_unknown_issuers_keep_their_words_without_titles():
    assert issuer_key("His Excellency Mr Someone Else") == "someone else"


def test_occasion_synonyms_share_a_key():
    assert occasion_key(Decree(occasion_text="Iranian New Year")) == "nowruz"
    assert occasion_key(Decree(occasion="Nowrouz")) == "nowruz"
    assert occasion_key(Decree(occasion_text="the anniversary of the Islamic Republic")) == (
        "islamic_revolution_anniversary"
    )


def test_unlisted_occasion_field_becomes_a_slug():
    assert occasion_key(Decree(occasion="Harvest Festival")) == "harvest_festival"
    assert occasion_key(Decree(occasion="other")) is None


def test_more_than_a_figure_overlaps_a_close_exact_figure():
    assert _overlap(Decree(count=1700, count_text="more than 1,700"), Decree(count=1760))


def test_about_a_figure_overlaps_the_exact_figure():
    assert _overlap(Decree(count=2887, count_text="about 2,887"), Decree(count=2887))


def test_tens_of_thousands_overlaps_a_range_of_thirty_to_forty_thousand():
    assert _overlap(
        Decree(count_text="tens of thousands"), Decree(count_low=30000, count_high=40000)
    )


def test_distant_exact_figures_do_not_overlap():
    assert not _overlap(Decree(count=920), Decree(count=1500))


def test_no_figure_gives_no_range():
    assert count_range(Decree(count_text="some prisoners")) is None


def test_count_labels_read_as_an_analyst_writes_them():
    assert count_label(Decree(count_low=30000, count_high=40000)) == "30,000-40,000"
    assert count_label(Decree(count=1700, count_text="more than 1,700")) == "more than 1,700"
    assert count_label(Decree(count_text="Tens of thousands")) == "tens of thousands"


def test_implementation_totals_are_recognised():
    text = "82,656 were pardoned under the February amnesty, officials said."
    assert is_implementation(Decree(count=82656, evidence=(text,)))
    assert not is_implementation(Decree(count=920, evidence=("The Leader pardoned 920 people.",)))


def test_list_markers_are_read_from_the_evidence():
    assert batch_marker(Decree(evidence=("He approved a second list of 1,200 convicts.",))) == "2"
    assert batch_marker(Decree(evidence=("Another group of 300 was pardoned.",))) == "later"
    assert batch_marker(Decree(evidence=("He pardoned 300.",))) is None


def test_a_report_without_date_allows_the_month_before_publication():
    published = datetime(2023, 2, 15, 9, tzinfo=UTC)
    assert date_interval(None, published) == (date(2023, 1, 16), date(2023, 2, 15))
    assert date_interval(date(2023, 2, 5), published) == (date(2023, 2, 5), date(2023, 2, 5))


def test_only_the_clause_carrying_the_figure_decides_implementation():
    sentence = (
        'Clemency went to "between 30 to 40 thousand prisoners," the outlet wrote: '
        '"This year, around 100,000 prisoners were pardoned."'
    )
    decree = Decree(
        count_low=30000,
        count_high=40000,
        count_text="between 30 to 40 thousand",
        evidence=(sentence,),
    )
    assert not is_implementation(decree)


def test_a_named_release_without_figure_is_an_implementation_report():
    assert is_implementation(Decree(evidence=("The activist was freed under the amnesty.",)))


def test_vague_figures_are_labelled_by_their_words():
    decree = Decree(count_text="tens of thousands", count_magnitude=10_000)
    assert count_label(decree) == "tens of thousands"


def test_a_vague_figure_stored_without_magnitude_is_still_words():
    assert count_label(Decree(count_text="Tens of thousands")) == "tens of thousands"


def test_vague_quantity_in_another_language_is_labelled_in_words():
    from pipeline.events.normalise import count_label
    from pipeline.models import Decree

    decree = Decree(count_text="des dizaines de milliers", count_magnitude=10_000)
    assert count_label(decree) == "tens of thousands"


def test_a_later_total_in_the_same_clause_does_not_make_a_report_an_implementation():
    from pipeline.events.normalise import is_implementation
    from pipeline.models import Decree

    evidence = (
        "A state outlet put it at between 30,000 and 40,000, and added that around 100,000 "
        "prisoners had been pardoned this year.",
    )
    decree = Decree(
        count_text="between 30,000 and 40,000",
        count_low=30_000,
        count_high=40_000,
        evidence=evidence,
    )
    assert not is_implementation(decree)


def test_anniversaries_are_read_in_several_languages_and_days_of_a_month_are_not():
    from pipeline.events.normalise import anniversaries

    def read(text: str) -> list[int]:
        return sorted(anniversaries(Decree(evidence=(text,))))

    assert read("Pardons before the country's 52nd National Day.") == [52]
    assert read("à l'occasion du 64e anniversaire de l'indépendance") == [64]
    assert read("con motivo del 75º aniversario") == [75]
    assert read("амнистия к 70-летию Победы") == [70]
    assert read("بمناسبة العيد الوطني الـ54") == [54]
    assert read("menyambut HUT RI ke-73") == [73]
    assert read("AFP reported on Sunday August 11th.") == []
    assert read("between June 30th, 1989 and today") == []
    assert read("released on the 3rd of the month, the 2nd list") == []
