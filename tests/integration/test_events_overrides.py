from datetime import date, timedelta

import pytest
from events_helpers import NOW, decree, put, seed

from pipeline.events import rebuild_events, update_events
from pipeline.events.corrections import CorrectionError, merge_events, split_event
from pipeline.store import Store
from pipeline.store.events import load_events

DAY = date(2024, 6, 10)


def _two_events(store: Store) -> tuple[str, str]:
    a = seed("a", DAY, decree(count=500, announced_on=DAY))
    b = seed("b", DAY, decree(count=4000, announced_on=DAY))
    new = update_events(store, put(store, a, b), now=NOW).new
    by_article = {e.claims[0].article_id: e.event_id for e in load_events(store, new)}
    return by_article["a"], by_article["b"]


def _one_event(store: Store) -> str:
    seeds = [seed(x, DAY, decree(count=500, announced_on=DAY)) for x in ("a", "b", "c")]
    (event_id,) = update_events(store, put(store, *seeds), now=NOW).new
    return event_id


def _layout(store: Store) -> dict[str, list[str]]:
    return {e.event_id: sorted({c.article_id for c in e.claims}) for e in load_events(store)}


def test_merge_leaves_one_event_under_the_kept_id(store):
    keep, other = _two_events(store)
    merge_events(store, keep, [other], now=NOW)
    assert _layout(store) == {keep: ["a", "b"]}


def test_merge_survives_a_rerun_and_a_rebuild(store):
    keep, other = _two_events(store)
    merge_events(store, keep, [other], now=NOW)
    update_events(store, ["a", "b"], now=NOW + timedelta(hours=1))
    rebuild_events(store, now=NOW + timedelta(hours=2))
    assert _layout(store) == {keep: ["a", "b"]}


def test_a_new_report_can_still_join_a_merged_event(store):
    keep, other = _two_events(store)
    merge_events(store, keep, [other], now=NOW)
    update_events(store, put(store, seed("c", DAY, decree(count=510))), now=NOW)
    assert _layout(store) == {keep: ["a", "b", "c"]}


def test_split_moves_the_articles_to_a_new_event(store):
    event_id = _one_event(store)
    new_id, changes = split_event(store, event_id, ["https://news.example/c"], now=NOW)
    assert _layout(store) == {event_id: ["a", "b"], new_id: ["c"]}
    assert changes.new == (new_id,) and changes.updated == (event_id,)


def test_split_survives_a_rerun_and_a_rebuild(store):
    event_id = _one_event(store)
    new_id, _ = split_event(store, event_id, ["https://news.example/a"], now=NOW)
    update_events(store, ["a", "b", "c"], now=NOW + timedelta(hours=1))
    rebuild_events(store, now=NOW + timedelta(hours=2))
    assert _layout(store) == {event_id: ["b", "c"], new_id: ["a"]}


def test_split_refuses_an_article_that_is_not_a_source(store):
    event_id = _one_event(store)
    put(store, seed("elsewhere", date(2020, 1, 1), decree(count=3, country="Oman")))
    with pytest.raises(CorrectionError, match="not a source"):
        split_event(store, event_id, ["https://news.example/elsewhere"], now=NOW)


def test_merge_refuses_an_unknown_event(store):
    keep, _ = _two_events(store)
    with pytest.raises(CorrectionError, match="no event"):
        merge_events(store, keep, ["ev_missing"], now=NOW)
