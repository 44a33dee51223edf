from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

from pipeline.events.cluster import assign
from pipeline.events.mentions import Mention
from pipeline.models import Decree


def m(article_id: str, published: date, index: int = 0, **fields: Any) -> Mention:
    """A mention of an Iranian Supreme Leader decree unless ``fields`` say otherwise."""
    base: dict[str, Any] = {"country": "Iran", "country_code": "IR", "issuer": "Supreme Leader"}
    base.update(fields)
    when = datetime(published.year, published.month, published.day, 12, tzinfo=UTC)
    return Mention(article_id, index, Decree(**base), published=when, confidence=0.8)


def figure(article_id: str, count: int, story_id: str | None = None, **fields: Any) -> Mention:
    """An undated mention giving ``count`` as written ("3,471"), Iranian unless
    ``fields`` say otherwise."""
    base: dict[str, Any] = {"country": "Iran", "country_code": "IR", "issuer": "Supreme Leader"}
    base.update(fields)
    decree = Decree(count=count, count_text=f"{count:,}", **base)
    return Mention(article_id, 0, decree, story_id=story_id, confidence=0.8)


def groups(*mentions: Mention) -> list[list[str]]:
    return sorted(sorted(x.article_id for x in c) for c in assign([], mentions))


D = date(2024, 4, 10)


def test_issuer_spellings_and_rounded_figures_join():
    a = m("a", D, announced_on=D, issuer="Ayatollah Ali Khamenei", count=1760)
    b = m("b", D, announced_on=D, issuer="Khamenei", count=1700, count_text="more than 1,700")
    assert groups(a, b) == [["a", "b"]]


def test_unknown_issuer_is_compatible():
    assert groups(m("a", D, announced_on=D, count=500), m("b", D, issuer=None)) == [["a", "b"]]


def test_conflicting_figures_on_the_same_day_stay_apart():
    assert groups(m("a", D, announced_on=D, count=920), m("b", D, announced_on=D, count=3000)) == [
        ["a"],
        ["b"],
    ]


def test_different_occasions_weeks_apart_stay_two_events():
    a = m("a", date(2024, 3, 20), announced_on=date(2024, 3, 20), occasion="nowruz", count=2000)
    b = m("b", date(2024, 4, 10), announced_on=date(2024, 4, 9), occasion="eid_al_fitr", count=2000)
    assert groups(a, b) == [["a"], ["b"]]


def test_different_occasions_even_on_close_days_stay_apart():
    a = m("a", D, announced_on=D, occasion="nowruz")
    b = m("b", D, announced_on=date(2024, 4, 11), occasion="mabath")
    assert groups(a, b) == [["a"], ["b"]]


def test_same_occasion_within_five_days_joins():
    a = m("a", D, announced_on=D, occasion="nowruz", count=2000)
    b = m("b", D, announced_on=date(2024, 4, 14), occasion="nowruz", count=2000)
    assert groups(a, b) == [["a", "b"]]


def test_a_second_list_two_days_later_is_its_own_event():
    a = m("a", D, announced_on=D, count=1000, evidence=("He pardoned 1,000 convicts.",))
    b = m(
        "b",
        date(2024, 4, 12),
        announced_on=date(2024, 4, 12),
        count=1000,
        evidence=("A second list of 1,000 convicts was approved.",),
    )
    follow = m("c", date(2024, 4, 13), count=1000, evidence=("The second list was 1,000.",))
    assert groups(a, b, follow) == [["a"], ["b", "c"]]


def test_implementation_total_attaches_despite_its_figure():
    decree = m(
        "a",
        date(2023, 2, 6),
        announced_on=date(2023, 2, 5),
        count_low=30000,
        count_high=40000,
        occasion="islamic_revolution_anniversary",
    )
    total = m(
        "b",
        date(2023, 5, 1),
        count=82656,
        occasion="islamic_revolution_anniversary",
        evidence=("82,656 were pardoned under the February amnesty.",),
    )
    assert groups(decree, total) == [["a", "b"]]
    assert total.kind == "implementation"


def test_other_country_or_issuer_never_joins():
    a = m("a", D, announced_on=D, count=500)
    b = m("b", D, announced_on=D, count=500, country="Morocco", country_code="MA", issuer="King")
    c = m("c", D, announced_on=D, count=500, issuer="President")
    assert groups(a, b, c) == [["a"], ["b"], ["c"]]


def test_a_text_with_two_rulers_decrees_gives_two_events():
    a0 = m("a", D, 0, announced_on=D, count=500)
    a1 = m(
        "a",
        D,
        1,
        announced_on=D,
        count=700,
        country="Morocco",
        country_code="MA",
        issuer="King Mohammed VI",
    )
    assert len(assign([], [a0, a1])) == 2


def test_existing_clusters_are_kept_and_newcomers_join_them():
    existing = [[m("a", D, announced_on=D, count=500)]]
    out = assign(existing, [m("b", D, announced_on=D, count=500)])
    assert [[x.article_id for x in c] for c in out] == [["a", "b"]]


def test_arrival_order_does_not_change_the_clusters():
    ms = [
        m("a", D, announced_on=D, count=500),
        m("b", date(2024, 4, 11), count=510),
        m("c", date(2024, 4, 30), announced_on=date(2024, 4, 29), count=90),
    ]
    assert assign([], ms) == assign([], list(reversed(ms)))


def test_the_same_holiday_a_year_later_is_another_decree():
    a = m("a", date(2023, 3, 20), announced_on=date(2023, 3, 20), occasion="nowruz", count=2000)
    b = m("b", date(2024, 3, 20), announced_on=date(2024, 3, 20), occasion="nowruz", count=2000)
    assert groups(a, b) == [["a"], ["b"]]


def test_a_report_without_date_joins_the_decree_of_the_weeks_before():
    a = m("a", date(2023, 2, 6), announced_on=date(2023, 2, 5), count_low=30000, count_high=40000)
    b = m("b", date(2023, 2, 15), count_text="tens of thousands")
    assert groups(a, b) == [["a", "b"]]


def test_publication_order_compares_instants_across_time_zones():
    tehran = datetime(2024, 4, 10, 9, tzinfo=timezone(timedelta(hours=3, minutes=30)))
    early = Mention("b", 0, Decree(), published=tehran)
    late = Mention("a", 0, Decree(), published=datetime(2024, 4, 10, 6, tzinfo=UTC))
    assert early.sort_key() < late.sort_key()


def test_a_ruler_named_by_name_joins_the_same_decree_named_by_office():
    uae = {"country": "UAE", "country_code": "AE"}
    named = m("a", D, announced_on=D, issuer="Sheikh Mohamed bin Zayed", count=700, **uae)
    office = m("b", D, announced_on=D, issuer="President", count=700, **uae)
    assert groups(named, office) == [["a", "b"]]


def test_two_known_offices_that_differ_stay_apart():
    uae = {"country": "UAE", "country_code": "AE"}
    king = m("a", D, announced_on=D, issuer="King", **uae)
    president = m("b", D, announced_on=D, issuer="President", **uae)
    assert groups(king, president) == [["a"], ["b"]]


def test_two_different_rulers_of_one_country_stay_apart():
    us = {"country": "United States", "country_code": "US"}
    one = m("a", D, announced_on=D, issuer="President Joe Biden", **us)
    other = m("b", D, announced_on=D, issuer="President Donald Trump", **us)
    assert groups(one, other) == [["a"], ["b"]]


def test_detections_with_no_country_are_never_grouped_with_each_other():
    a = m("a", D, country=None, country_code=None, issuer=None, count=300)
    b = m("b", D, country=None, country_code=None, issuer=None, count=300)
    assert groups(a, b) == [["a"], ["b"]]


def test_the_pandemic_named_by_one_report_and_the_holiday_by_another_is_one_decree():
    a = m("a", D, announced_on=D, occasion="nowruz", count=10000)
    b = m("b", D + timedelta(days=1), occasion="covid19", count=10000)
    assert groups(a, b) == [["a", "b"]]


def test_a_rounded_headline_figure_joins_the_exact_one_and_a_tenfold_one_does_not():
    exact = m("a", D, announced_on=D, count=2476)
    rounded = m("b", D, announced_on=D, count=2000, count_text="over 2,000")
    tenfold = m("c", D, announced_on=D, count=24000)
    assert groups(exact, rounded, tenfold) == [["a", "b"], ["c"]]


def test_an_undated_report_joins_on_its_figure_never_on_ruler_and_holiday_alone():
    # without a date, the ruler and the holiday are what every year's decree of
    # one custom shares: they can keep a report out, not bring it in
    leader = "Supreme Leader Ali Khamenei"
    dated = m("a", D, announced_on=D, count=76, issuer=leader, occasion="nowruz")
    iran = {"country": "Iran", "country_code": "IR"}
    same_figure = Mention("b", 0, Decree(count=76, **iran))
    other_figure = Mention("c", 0, Decree(count=500, issuer=leader, occasion="nowruz", **iran))
    custom_only = Mention("d", 0, Decree(issuer=leader, occasion="nowruz", **iran))
    other_ruler = Mention(
        "e", 0, Decree(count=76, issuer="Supreme Leader Ruhollah Khomeini", **iran)
    )
    assert groups(dated, same_figure, other_figure, custom_only) == [
        ["a", "b"],
        ["c"],
        ["d"],
    ]
    assert groups(dated, other_ruler) == [["a"], ["e"]]


def test_a_distinctive_exact_figure_places_an_undated_report_on_its_own():
    # two decrees of one country almost never share a figure like 1,769; a
    # two-digit one ("76") or a round one ("1,700") needs a second agreement
    iran = {"country": "Iran", "country_code": "IR"}
    dated = m("a", D, announced_on=D, count=1769, issuer="Supreme Leader Ali Khamenei")
    distinctive = Mention("b", 0, Decree(count=1769, **iran))
    round_figure = Mention("c", 0, Decree(count=1700, **iran))
    assert groups(dated, distinctive, round_figure) == [["a", "b"], ["c"]]


def test_a_distinctive_figure_outweighs_a_holiday_named_differently():
    # one decree for an accession day that fell in the Eid: one report names
    # the one, another the other, five days apart; the same 1,584 joins them
    bahrain = {
        "country": "Bahrain",
        "country_code": "BH",
        "issuer": "King Hamad bin Isa Al Khalifa",
    }
    later = D + timedelta(days=5)
    a = m("a", D, announced_on=D, occasion="eid_al_fitr", count=1584, **bahrain)
    b = m("b", later, announced_on=later, occasion="throne_day", count=1584, **bahrain)
    other = m("c", later, announced_on=later, occasion="throne_day", count=1548, **bahrain)
    assert groups(a, b) == [["a", "b"]]
    assert groups(a, other) == [["a"], ["c"]]


def test_a_round_figure_is_the_cut_or_rounded_exact_one_of_another_report():
    # "3,400" for 3,471 (cut), "3,500" (rounded), with no date to tell years
    # apart: the figures do not disagree, and the parts both give place them;
    # "3,300" is another figure, and "3,000" too coarse to excuse
    def report(article_id: str, count: int) -> Mention:
        return figure(
            article_id,
            count,
            country="Algeria",
            country_code="DZ",
            issuer="President Abdelmadjid Tebboune",
            evidence=(f"The president pardoned {count:,} prisoners, 120 of them women.",),
        )

    exact = report("a", 3471)
    assert groups(exact, report("b", 3400)) == [["a", "b"]]
    assert groups(exact, report("c", 3500)) == [["a", "c"]]
    assert groups(exact, report("d", 3300)) == [["a"], ["d"]]
    assert groups(exact, report("e", 3000)) == [["a"], ["e"]]


def test_two_anniversaries_of_one_holiday_are_two_years_decrees():
    # the same sultan, holiday and nearly the same figure, no dates: the
    # "52nd" and the "54th National Day" are two years; the same ordinal in
    # another language joins
    oman = {"country": "Oman", "country_code": "OM", "issuer": "Sultan Haitham bin Tarik"}
    a = Mention(
        "a",
        0,
        Decree(
            count=175,
            occasion="national_day",
            evidence=("Pardon for 175 inmates on the 52nd National Day.",),
            **oman,
        ),
    )
    b = Mention(
        "b",
        0,
        Decree(
            count=174,
            occasion="national_day",
            evidence=("174 prisoners pardoned ahead of the 54th National Day.",),
            **oman,
        ),
    )
    c = Mention(
        "c",
        0,
        Decree(
            count=174,
            occasion="national_day",
            evidence=("عفو عن 174 سجينا بمناسبة العيد الوطني الـ54",),
            **oman,
        ),
    )
    assert groups(a, b, c) == [["a"], ["b", "c"]]


def _bridge() -> list[Mention]:
    first = m("a", D, announced_on=D, count=1000)
    late = m("c", D + timedelta(days=4), announced_on=D + timedelta(days=4), occasion="nowruz")
    bridge = m(
        "b",
        D + timedelta(days=2),
        announced_on=D + timedelta(days=2),
        occasion="nowruz",
        count=1000,
    )
    return [first, late, bridge]


def test_two_reports_too_far_apart_alone_stay_apart():
    first, late, _ = _bridge()
    assert groups(first, late) == [["a"], ["c"]]


def test_a_report_bridging_two_clusters_merges_them_whatever_the_order():
    import itertools

    for order in itertools.permutations(_bridge()):
        clusters = [[]]  # type: ignore[var-annotated]
        for mention in order:  # one at a time, as runs bring them
            clusters = assign(clusters, [mention])
        assert sorted(sorted(x.article_id for x in c) for c in clusters) == [["a", "b", "c"]]


def test_the_same_decree_number_joins_reports_days_apart_and_another_keeps_them_apart():
    first = m("a", D, announced_on=D, evidence=("Decree No. 212 pardons convicts.",))
    later = D + timedelta(days=6)
    same = m("b", later, announced_on=later, evidence=("Under Decree No. 212, 40 were freed.",))
    other = m("c", D, announced_on=D, evidence=("Decree No. 213 pardons convicts.",))
    assert groups(first, same, other) == [["a", "b"], ["c"]]


def undated(article_id: str, **fields: Any) -> Mention:
    """A mention whose article has no publication date and whose text gives none."""
    base: dict[str, Any] = {"country": "Morocco", "country_code": "MA"}
    base.update({"issuer": "King Mohammed VI", **fields})
    return Mention(article_id, 0, Decree(**base), published=None, confidence=0.8)


def test_undated_reports_of_one_custom_with_other_exact_figures_are_other_years():
    # the same king, the same holiday, figures within a factor of two: with no
    # date to tell the years apart, two exact figures that differ are two decrees
    a = undated("a", occasion="throne_day", count=1204, count_text="1,204")
    b = undated("b", occasion="throne_day", count=1517, count_text="1,517")
    c = undated("c", occasion="throne_day", count=1204, count_text="1,204")
    assert groups(a, b, c) == [["a", "c"], ["b"]]


def test_numbers_both_reports_repeat_place_an_undated_report():
    parts = "in all 2,150 were in custody and 160 were free on bail, for the 41st anniversary"
    dated = m(
        "a",
        D,
        country="Morocco",
        country_code="MA",
        issuer="King Mohammed VI",
        announced_on=D,
        count=2310,
        occasion="throne_day",
        evidence=(f"The king pardoned 2,310 people; {parts}.",),
    )
    rounded = undated(
        "b",
        count_low=2300,
        count_high=2399,
        count_text="over 2,300",
        evidence=(f"Over 2,300 people were pardoned by the king; {parts}.",),
    )
    bare = undated("c", count_low=2300, count_high=2399, count_text="over 2,300")
    assert groups(dated, rounded) == [["a", "b"]]
    assert groups(dated, bare) == [["a"], ["c"]]


def test_an_amnesty_law_credited_to_parliament_or_to_the_president_is_one_decree():
    voted = m("a", D, country="Mexico", country_code="MX", issuer="Congress", announced_on=D)
    signed = m(
        "b",
        date(2024, 4, 11),
        country="Mexico",
        country_code="MX",
        issuer="President",
        announced_on=date(2024, 4, 11),
    )
    assert groups(voted, signed) == [["a", "b"]]
    # two heads of state still disagree
    king = m("c", D, country="Mexico", country_code="MX", issuer="King", announced_on=D)
    assert groups(signed, king) == [["b"], ["c"]]


def test_an_approximate_word_before_a_precise_figure_keeps_it_precise():
    # "about 2,887" names one decree's figure as surely as "2,887" does; "nearly
    # 3,000" does not, and stays compatible with either
    a = undated("a", occasion="prophet_birthday", count=3458, count_text="3,458")
    b = undated(
        "b", occasion="prophet_birthday", count=2887, count_low=2887, count_high=2887,
        count_text="about 2,887",
    )  # fmt: skip
    assert groups(a, b) == [["a"], ["b"]]


def test_a_newsrooms_template_of_another_year_is_no_copy_of_the_story():
    # near-duplicate texts linked as one story: a wire copy repeats the figure
    # and joins whatever else it says; the same outlet's template of another
    # year gives another exact figure and is weighed like any other report
    def story(article_id: str, count: int, occasion: str) -> Mention:
        return figure(article_id, count, story_id="s1", occasion=occasion)

    first = story("a", 2654, "eid_al_adha")
    copy = story("b", 2654, "islamic_revolution_anniversary")
    template = story("c", 3388, "islamic_revolution_anniversary")
    assert groups(first, copy) == [["a", "b"]]
    assert groups(first, template) == [["a"], ["c"]]


def test_undated_reports_stand_at_their_clusters_dates_when_clusters_merge():
    # one national-day amnesty: an exact figure in two reports (one undated), the
    # rounded figure in two others (one undated) four days earlier; each undated
    # report was placed by its figure, so the two clusters are one decree
    vn = {"country": "Vietnam", "country_code": "VN", "issuer": None, "occasion": "national_day"}
    rounded = {"count_text": "about 5,000", **vn}
    exact_dated = m(
        "a", date(1999, 9, 1), announced_on=date(1999, 9, 1), count=5207, count_text="5,207", **vn
    )
    exact_undated = figure("b", 5207, **vn)
    rounded_dated = m("c", date(1999, 8, 28), announced_on=date(1999, 8, 28), count=5000, **rounded)
    rounded_undated = Mention("d", 0, Decree(count=5000, **rounded), confidence=0.8)
    named_only = m("e", date(1999, 8, 28), announced_on=date(1999, 8, 28), **vn)
    every = (exact_dated, exact_undated, rounded_dated, rounded_undated, named_only)
    assert groups(*every) == [["a", "b", "c", "d", "e"]]


def test_one_named_person_places_undated_reports_and_another_keeps_apart():
    us = {"country": "United States", "country_code": "US", "issuer": "President"}
    full = Mention("a", 0, Decree(count=1, count_text="Ivo Kral", **us), confidence=0.8)
    surname = Mention("b", 0, Decree(count=1, count_text="Kral", **us), confidence=0.8)
    other = Mention("c", 0, Decree(count=1, count_text="Lena Ortiz", **us), confidence=0.8)
    assert groups(full, surname, other) == [["a", "b"], ["c"]]
