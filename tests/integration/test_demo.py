"""The demo end to end (inline engine): the sample newsroom through every stage."""

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.demo import run_demo
from pipeline.settings import Settings
from pipeline.store import Store

TABLES = ["articles", "article_urls", "detections", "events", "claims", "alerts"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    data = tmp_path_factory.mktemp("demo")
    return run_demo(Settings(), data, engine="inline")


def _by_date(demo):
    return {e.announced_on: e for e in demo.events if e.country_code == "IR"}


def test_the_three_seed_decrees_become_three_iranian_events(demo):
    assert set(_by_date(demo)) == {date(2014, 2, 10), date(2020, 3, 18), date(2023, 2, 5)}


def test_each_decree_keeps_its_figures(demo):
    events = _by_date(demo)
    assert events[date(2014, 2, 10)].count == 920
    assert events[date(2020, 3, 18)].count == 10000
    amnesty = events[date(2023, 2, 5)]
    assert amnesty.count_high >= 40000
    assert 82656 in {c.count for c in amnesty.claims}


def test_syndicated_copy_counts_once(demo):
    amnesty = _by_date(demo)[date(2023, 2, 5)]
    assert amnesty.independent_sources < amnesty.sources


def test_other_countries_decrees_are_found(demo):
    codes = {(e.country_code, e.announced_on.year) for e in demo.events}
    assert {("MA", 2025), ("AE", 2025)} <= codes


def test_hard_negatives_make_no_event(demo):
    with Store.open(demo.settings.db, read_only=True) as store:
        urls = {r["article_url"] for r in store.query("select article_url from v_event_articles")}
    for word in ("knife", "turkey", "petition", "tax", "furlough", "quashes", "executions"):
        assert not any(word in url for url in urls), word


def test_alerts_went_to_the_outbox(demo):
    assert demo.outbox_files
    assert all(p.suffix == ".eml" for p in demo.outbox_files)


def test_running_the_demo_again_changes_nothing(demo):
    with Store.open(demo.settings.db, read_only=True) as store:
        before = store.counts(TABLES)
    again = run_demo(Settings(), demo.settings.data_dir, engine="inline")
    with Store.open(demo.settings.db, read_only=True) as store:
        assert store.counts(TABLES) == before
    assert [e.event_id for e in again.events] == [e.event_id for e in demo.events]
    assert again.outbox_files == demo.outbox_files


def test_demo_command_prints_decrees_and_where_things_went(tmp_path: Path):
    result = CliRunner().invoke(main, ["demo", "--engine", "inline", "--data-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "decrees found from 6 outlets" in result.output
    assert f"{tmp_path}/outbox" in result.output
