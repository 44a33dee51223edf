"""A report that bridges two stored events merges them; the older ID lives on."""

from datetime import date, timedelta

from click.testing import CliRunner
from events_helpers import NOW, decree, put, seed

from pipeline.cli import main
from pipeline.events import update_events
from pipeline.store import Store
from pipeline.store.events import load_events, resolve_ids

D = date(2024, 3, 18)


def _day(n: int) -> date:
    return D + timedelta(days=n)


def _two_then_bridge(store: Store) -> tuple[str, str, str]:
    first = seed("a", D, decree(announced_on=D, count=1000))
    late = seed("c", _day(4), decree(announced_on=_day(4), occasion="nowruz"))
    update_events(store, put(store, first), now=NOW)
    update_events(store, put(store, late), now=NOW)
    older, newer = (e.event_id for e in sorted(load_events(store), key=lambda e: e.announced_on))
    bridge = seed("b", _day(2), decree(announced_on=_day(2), occasion="nowruz", count=1000))
    update_events(store, put(store, bridge), now=NOW)
    return older, newer, bridge.article_id


def test_a_bridging_report_merges_two_events_into_the_older_id(store):
    older, _, _ = _two_then_bridge(store)
    (event,) = load_events(store)
    assert event.event_id == older
    assert {c.article_id for c in event.claims} == {"a", "b", "c"}


def test_the_retired_id_resolves_to_the_surviving_event(store):
    older, newer, _ = _two_then_bridge(store)
    assert resolve_ids(store, [newer, older, "ev_unknown"]) == {
        newer: older,
        older: older,
        "ev_unknown": None,
    }
    view = store.query("select event_id, is_alias from v_event_ids where id = ?", [newer])
    assert view == [{"event_id": older, "is_alias": True}]


def test_events_show_follows_an_alias(tmp_path):
    db = tmp_path / "p.duckdb"
    with Store.open(db) as store:
        older, newer, _ = _two_then_bridge(store)
    result = CliRunner().invoke(main, ["--db", str(db), "events", "show", newer, "--live"])
    assert result.exit_code == 0, result.output
    assert f"{newer} was merged into {older}" in result.output


def test_a_report_with_no_country_stays_apart_and_is_listed_unplaced(tmp_path):
    db = tmp_path / "p.duckdb"
    with Store.open(db) as store:
        one = seed("x", D, decree(country=None, country_code=None, issuer=None, count=300))
        two = seed("y", D, decree(country=None, country_code=None, issuer=None, count=300))
        update_events(store, put(store, one, two), now=NOW)
        assert len(load_events(store)) == 2
    result = CliRunner().invoke(main, ["--db", str(db), "events", "unplaced", "--live"])
    assert result.exit_code == 0, result.output
    assert result.output.count("no country") == 2
