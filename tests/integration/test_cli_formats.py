"""Every command that prints rows speaks table, JSON and CSV: JSON parses,
IDs and URLs come back whole, list columns are plain text in CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from events_helpers import NOW, put, seed_reports

from pipeline import tasks
from pipeline.cli import main
from pipeline.events import update_events
from pipeline.models import Feed, RunSummary
from pipeline.settings import Settings
from pipeline.store import Store
from pipeline.store.feeds import register_feeds
from pipeline.store.publish import publish
from pipeline.store.runs import save_run

LONG_URL = "https://feeds.example.org/" + "a-very-long-path-segment/" * 6 + "rss.xml?id=12345"


@pytest.fixture
def project(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    settings.subscribers.write_text(
        "subscribers:\n  - email: analyst@example.org\n    max_age_days: null\n"
    )
    monkeypatch.setenv("PARDONWATCH_SUBSCRIBERS", str(settings.subscribers))
    settings.feeds.write_text(
        f"feeds:\n  - url: {LONG_URL}\n    name: Long Feed\n    tags: [iran, wire]\n"
    )
    with Store.open(settings.db) as store:
        update_events(store, put(store, *seed_reports()), now=NOW)
        register_feeds(store, [Feed(LONG_URL, name="Long Feed", tags=("iran", "wire"))])
        summary = RunSummary(run_id="run-20240101T120000-abcdef", started_at=NOW)
        summary.add_error("feed https://broken.example/rss: HTTP 500")
        save_run(store, summary, kind="run")
        publish(store, settings.published_db)
    tasks.send_alerts("alerts-run-1", now=NOW, settings=settings)
    return settings


def cli(settings: Settings, *args: str) -> str:
    base = ["--data-dir", str(settings.data_dir), "--feeds", str(settings.feeds)]
    result = CliRunner().invoke(main, [*base, *args], terminal_width=80)
    assert result.exit_code == 0, result.output
    return result.output


def as_json(settings: Settings, *args: str) -> Any:
    return json.loads(cli(settings, *args, "--format", "json"))


def as_csv(settings: Settings, *args: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(cli(settings, *args, "--format", "csv"))))


def _decree_ids(settings: Settings) -> set[str]:
    with Store.open(settings.published_db, read_only=True) as store:
        return {r["event_id"] for r in store.query("select event_id from v_decrees")}


def test_events_json_round_trips_every_event_id_through_events_show(project):
    listed = as_json(project, "events")
    assert {e["event_id"] for e in listed} == _decree_ids(project)
    for event in listed:
        shown = as_json(project, "events", "show", event["event_id"])
        assert shown["event_id"] == event["event_id"]
        assert [c["url"] for c in shown["claims"]] == event["urls"]
        assert all(c["url"].startswith("https://news.example/") for c in shown["claims"])


def test_events_csv_has_whole_ids_and_lists_as_plain_text(project):
    rows = as_csv(project, "events")
    assert {r["event_id"] for r in rows} == _decree_ids(project)
    assert all("[" not in r["outlets"] and "'" not in r["outlets"] for r in rows)
    assert any("; " in r["urls"] for r in rows)


def test_events_show_csv_is_one_row_per_claim(project):
    event_id = as_json(project, "events")[0]["event_id"]
    rows = as_csv(project, "events", "show", event_id)
    assert rows and {r["event_id"] for r in rows} == {event_id}


def test_runs_json_round_trips_through_runs_show_with_errors(project):
    runs = {r["run_id"]: r for r in as_json(project, "runs")}
    assert "run-20240101T120000-abcdef" in runs
    [shown] = as_json(project, "runs", "show", "run-20240101T120000-abcdef")
    assert shown["errors"] == ["feed https://broken.example/rss: HTTP 500"]


def test_runs_count_the_alerts_sent(project):
    [alerts] = as_json(project, "runs", "show", "alerts-run-1")
    assert alerts["alerts_sent"] == 3
    listed = {r["run_id"]: r for r in as_csv(project, "runs")}
    assert listed["alerts-run-1"]["alerts_sent"] == "3"


def test_alerts_list_json_and_csv_keep_message_ids_whole(project):
    listed = as_json(project, "alerts", "list")
    assert len(listed) == 3
    assert all(a["message_id"].startswith("<pw-") and a["message_id"].endswith(">") for a in listed)
    from_csv = as_csv(project, "alerts", "list")
    assert [r["message_id"] for r in from_csv] == [a["message_id"] for a in listed]


def test_feeds_list_json_and_csv_keep_long_urls_whole(project):
    [feed] = as_json(project, "feeds", "list")
    assert feed["url"] == LONG_URL and feed["tags"] == ["iran", "wire"]
    [row] = as_csv(project, "feeds", "list")
    assert (row["url"], row["tags"]) == (LONG_URL, "iran; wire")


def test_sql_without_a_query_says_what_it_needs(project):
    result = CliRunner().invoke(main, ["--data-dir", str(project.data_dir), "sql"])
    assert result.exit_code == 2 and "give a query" in result.output


def test_sql_prints_the_result_of_every_statement(project):
    out = cli(project, "sql", "select 41 + 1 as answer; select 'second' as which")
    assert "statement 1 of 2" in out and "42" in out and "second" in out


def test_sql_refuses_several_statements_in_json(project):
    args = ["--data-dir", str(project.data_dir), "sql", "select 1; select 2", "--format", "json"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and "2 statements given" in result.output


def test_shell_completion_as_documented_completes_commands():
    env = {
        "_PARDONWATCH_COMPLETE": "bash_complete",
        "COMP_WORDS": "pardonwatch doc",
        "COMP_CWORD": "1",
    }
    result = CliRunner().invoke(main, [], env=env, prog_name="pardonwatch")
    assert "plain,doctor" in result.output
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert "_PARDONWATCH_COMPLETE=bash_source .venv/bin/pardonwatch" in readme
