from dataclasses import replace
from datetime import date, timedelta

import duckdb
from events_helpers import (
    NOW,
    announcement,
    decree,
    detection_row,
    not_announcement,
    put,
    seed,
    seed_reports,
)

from pipeline.events import rebuild_events, update_events
from pipeline.models import Event
from pipeline.store import Store
from pipeline.store.events import candidate_events, load_events, load_mentions


def _by_year(events: list[Event]) -> dict[int, Event]:
    return {e.announced_on.year: e for e in events if e.announced_on}


def _seeded(store: Store) -> dict[int, Event]:
    update_events(store, put(store, *seed_reports()), now=NOW)
    return _by_year(load_events(store))


def test_five_reports_become_three_decrees(store):
    assert sorted(_seeded(store)) == [2014, 2020, 2023]


def test_the_2014_decree_has_its_figure_date_and_occasion(store):
    e = _seeded(store)[2014]
    assert (e.count, e.announced_on, e.occasion) == (
        920,
        date(2014, 2, 10),
        "islamic_revolution_anniversary",
    )
    assert e.issuer == "Supreme Leader"


def test_the_nowruz_2020_decree_gathers_both_reports(store):
    e = _seeded(store)[2020]
    assert (e.count, e.occasion, e.sources) == (10_000, "nowruz", 2)
    assert e.conditions == ("security offences with five years or less",)


def test_the_2023_decree_keeps_every_claim_and_the_spread(store):
    e = _seeded(store)[2023]
    assert [(c.article_id, c.kind) for c in e.claims] == [
        ("d2023", "report"),
        ("e2023", "report"),
        ("e2023", "implementation"),
    ]
    assert (e.count_low, e.count_high) == (30_000, 40_000)
    assert e.spread == (
        "tens of thousands (Radio Farda), 30,000-40,000 (Iran Focus) claimed;"
        " about 100,000 (Iran Focus) in a later implementation report"
    )


def test_the_2023_decree_has_the_conditions_and_exclusions(store):
    e = _seeded(store)[2023]
    assert e.conditions == ("written commitment", "express regret")
    assert e.exclusions == ("dual nationals", "corruption on earth")


def test_updating_twice_changes_nothing_the_second_time(store):
    ids = put(store, *seed_reports())
    first = update_events(store, ids, now=NOW)
    second = update_events(store, ids, now=NOW + timedelta(hours=1))
    assert len(first.new) == 3 and second.new == second.updated == ()


def test_ids_are_the_same_after_a_rebuild(store):
    before = {e.event_id for e in _seeded(store).values()}
    assert rebuild_events(store, now=NOW).new == ()
    assert {e.event_id for e in load_events(store)} == before


def test_ids_are_the_same_one_article_at_a_time_or_all_at_once(store, tmp_path):
    before = {e.event_id for e in _seeded(store).values()}
    with Store.open(tmp_path / "fresh.duckdb") as fresh:
        for s in seed_reports():
            update_events(fresh, put(fresh, s), now=NOW)
        assert {e.event_id for e in load_events(fresh)} == before


def test_ids_given_in_any_arrival_order_survive_a_rebuild(store):
    for s in reversed(seed_reports()):
        update_events(store, put(store, s), now=NOW)
    before = {e.event_id for e in load_events(store)}
    rebuild_events(store, now=NOW)
    assert {e.event_id for e in load_events(store)} == before


def test_rebuild_keeps_first_seen(store):
    first_seen = {e.event_id: e.first_seen for e in _seeded(store).values()}
    rebuild_events(store, now=NOW + timedelta(days=3))
    assert {e.event_id: e.first_seen for e in load_events(store)} == first_seen


def test_a_syndicated_copy_counts_once(store):
    copies = [
        seed(
            a, date(2024, 5, 2), decree(count=700, announced_on=date(2024, 5, 1)), story_id="wire-1"
        )
        for a in ("x1", "x2")
    ]
    update_events(store, put(store, *copies), now=NOW)
    (event,) = load_events(store)
    assert (event.sources, event.independent_sources) == (2, 1)


def test_a_text_with_two_rulers_decrees_gives_two_events(store):
    both = seed(
        "multi",
        date(2024, 7, 31),
        decree(count=1500, announced_on=date(2024, 7, 30)),
        decree(
            country="Morocco",
            country_code="MA",
            issuer="King Mohammed VI",
            count=2476,
            announced_on=date(2024, 7, 30),
            occasion="throne_day",
        ),
    )
    update_events(store, put(store, both), now=NOW)
    assert sorted(e.country for e in load_events(store)) == ["Iran", "Morocco"]


def test_only_pardon_announcements_make_claims(store):
    negative = replace(seed("neg", date(2024, 5, 2), decree(count=5)), detection=not_announcement())
    assert update_events(store, put(store, negative), now=NOW).new == ()


def test_a_redetection_as_not_a_pardon_removes_its_event(store):
    ids = put(store, seed("p", date(2024, 5, 2), decree(count=5)))
    update_events(store, ids, now=NOW)
    put_negative = replace(seed("p", date(2024, 5, 2)), detection=not_announcement())
    store.run("detections_upsert", {"detections": [detection_row(put_negative)]})
    update_events(store, ids, now=NOW)
    assert load_events(store) == []


def test_a_new_report_updates_the_event_it_joins(store):
    ids = put(store, seed("a", date(2024, 5, 2), decree(count=500, announced_on=date(2024, 5, 1))))
    (event_id,) = update_events(store, ids, now=NOW).new
    later = put(store, seed("b", date(2024, 5, 3), decree(count=500)))
    assert update_events(store, later, now=NOW).updated == (event_id,)


def test_load_events_since_returns_recently_updated_events(store):
    _seeded(store)
    update_events(
        store, put(store, seed("z", date(2024, 5, 3), decree(count=9))), now=NOW + timedelta(days=1)
    )
    assert [e.claims[0].article_id for e in load_events(store, since=NOW + timedelta(hours=1))] == [
        "z"
    ]


def test_import_contract_events_readable_from_a_read_only_connection(store):
    _seeded(store)
    store.close()
    con = duckdb.connect(str(store.path), read_only=True)
    rows = con.execute("select article_id, event_id from v_event_articles").fetchall()
    assert len(rows) == 5 and all(event_id for _, event_id in rows)


def test_announcement_helper_builds_a_detection():
    assert announcement(decree(count=1)).is_pardon_announcement


def test_candidates_are_only_events_of_the_same_country_near_in_time(store):
    _seeded(store)
    near = seed("n", date(2020, 3, 20), decree(count=10_000, announced_on=date(2020, 3, 19)))
    elsewhere = seed("o", date(2020, 3, 20), decree(country="Oman", country_code="OM", count=9))
    put(store, near, elsewhere)
    mentions = load_mentions(store, ["n", "o"])
    (only,) = candidate_events(store, mentions)
    assert only == _by_year(load_events(store))[2020].event_id
