from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from pipeline.events.ids import founding_id, name_clusters, split_id
from pipeline.events.mentions import Mention
from pipeline.events.overrides import apply_overrides, merge_override, split_override
from pipeline.events.resolve import resolve
from pipeline.events.summary import (
    EventRecord,
    StoredEvent,
    consensus,
    spread_text,
    summarise,
)
from pipeline.models import Decree

T0 = datetime(2024, 1, 1, tzinfo=UTC)
D = date(2024, 4, 10)


def m(article_id: str, day: int = 10, index: int = 0, **fields: Any) -> Mention:
    story = fields.pop("story_id", None)
    base: dict[str, Any] = {"country": "Iran", "country_code": "IR", "issuer": "Supreme Leader"}
    base.update(fields)
    when = datetime(2024, 4, day, 12, tzinfo=UTC)
    return Mention(
        article_id, index, Decree(**base), published=when, story_id=story, confidence=0.8
    )


def test_founding_id_depends_only_on_the_founding_mention():
    assert founding_id(m("a")) == founding_id(m("a", day=20, count=5))
    assert founding_id(m("a")) != founding_id(m("a", index=1))


def test_a_new_cluster_is_named_after_its_earliest_mention():
    named = name_clusters([[m("b", day=11), m("a", day=10)]], {})
    assert list(named) == [founding_id(m("a"))]


def test_a_cluster_holding_a_stored_founder_keeps_that_id():
    named = name_clusters([[m("a", day=10), m("b", day=11)]], {("b", 0): "ev_old"})
    assert list(named) == ["ev_old"]


def test_merge_override_folds_the_other_event_in():
    events = {"ev_a": [m("a")], "ev_b": [m("b")]}
    merge = merge_override("ev_a", ("a", 0), "ev_b", ("b", 0), created_at=T0)
    assert {k: len(v) for k, v in apply_overrides(events, [merge]).items()} == {"ev_a": 2}


def test_merge_override_finds_a_renamed_event_by_its_founder():
    events = {"ev_a": [m("a")], "ev_renamed": [m("b")]}
    merge = merge_override("ev_a", ("a", 0), "ev_b", ("b", 0), created_at=T0)
    assert list(apply_overrides(events, [merge])) == ["ev_a"]


def test_split_override_moves_articles_to_a_stable_new_event():
    split = split_override("ev_a", ["b"], created_at=T0)
    out = apply_overrides({"ev_a": [m("a"), m("b")]}, [split])
    assert sorted(out) == sorted(["ev_a", split_id("ev_a", ["b"])])


def test_consensus_is_the_median_report_figure_with_the_range():
    ms = [m("a", count=900), m("b", count=920), m("c", count_low=800, count_high=1000)]
    assert consensus(ms) == (900, 800, 1000)


def test_spread_keeps_implementation_totals_apart():
    ms = [
        m("a", count_low=30000, count_high=40000),
        m("b", count=82656, evidence=("82,656 were pardoned under the February amnesty",)),
    ]
    assert spread_text(ms) == "30,000-40,000 claimed; 82,656 in a later implementation report"


def test_syndicated_copies_count_as_one_independent_source():
    event = summarise(
        "ev", [m("a", story_id="s1"), m("b", story_id="s1")], first_seen=T0, last_updated=T0
    ).event
    assert (event.sources, event.independent_sources) == (2, 1)


def test_conditions_and_exclusions_are_unions():
    ms = [m("a", exclusions=("dual nationals",)), m("b", exclusions=("Dual nationals", "spies"))]
    assert summarise("ev", ms, first_seen=T0, last_updated=T0).event.exclusions == (
        "dual nationals",
        "spies",
    )


def test_resolving_the_same_state_again_changes_nothing():
    first = resolve({}, [m("a", count=5), m("b", count=5)], {}, [], now=T0)
    record = first.records[0]
    stored = {record.event.event_id: _stored(record)}
    again = resolve({record.event.event_id: list(record.members)}, [], stored, [], now=T0)
    assert (again.new, again.updated, again.records) == ((), (), ())


def test_a_settled_event_that_keeps_its_members_is_not_summarised_again():
    first = resolve({}, [m("a", count=5), m("b", count=5)], {}, [], now=T0)
    record = first.records[0]
    eid = record.event.event_id
    # a stale fingerprint would make the event "updated" if it were summarised
    stale = {eid: replace(_stored(record), fingerprint="from an older summary")}
    placed = {eid: list(record.members)}
    same = resolve(placed, [], stale, [], now=T0, settled=frozenset({eid}))
    assert (same.new, same.updated, same.records) == ((), (), ())
    # not settled (a member was left out to be placed again): summarised, as before
    again = resolve(placed, [], stale, [], now=T0)
    assert again.updated == (eid,)
    # settled, but a report joins it: summarised and updated
    grown = resolve(placed, [m("c", count=5)], stale, [], now=T0, settled=frozenset({eid}))
    assert grown.updated == (eid,) and len(grown.records[0].members) == 3


def _stored(record: EventRecord) -> StoredEvent:
    return StoredEvent(record.event.event_id, record.founder, T0, T0, record.fingerprint)


def test_figures_in_words_do_not_stretch_the_range_of_numbers():
    ms = [
        m("a", count_text="tens of thousands", count_magnitude=10_000),
        m("b", count_low=30000, count_high=40000),
    ]
    assert consensus(ms) == (None, 30000, 40000)


def test_a_range_gives_no_point_value_and_words_only_a_magnitude():
    ranged = summarise(
        "ev", [m("a", count_low=30000, count_high=40000)], first_seen=T0, last_updated=T0
    )
    assert (ranged.event.count, ranged.event.count_magnitude) == (None, 10_000)
    words = [m("a", count_text="des milliers", count_magnitude=1000)]
    vague = summarise("ev", words, first_seen=T0, last_updated=T0).event
    assert (vague.count, vague.count_low, vague.count_high, vague.count_magnitude) == (
        None,
        None,
        None,
        1000,
    )
    assert vague.spread == "thousands claimed"


def test_the_spread_says_who_claimed_which_figure():
    ms = [
        replace(m("a", count_low=30000, count_high=40000), outlet="Gulf Ledger"),
        replace(m("b", count_text="tens of thousands", count_magnitude=10_000), outlet="Peyk"),
        replace(
            m("c", count_text="des dizaines de milliers", count_magnitude=10_000), outlet="Le V"
        ),
    ]
    assert spread_text(ms) == "tens of thousands (Peyk, Le V), 30,000-40,000 (Gulf Ledger) claimed"
