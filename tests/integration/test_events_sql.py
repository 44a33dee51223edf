import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from events_helpers import NOW, put, seed_reports

from pipeline.cli.events import events_group
from pipeline.cli.sql import sql_command
from pipeline.events import update_events
from pipeline.settings import Settings
from pipeline.store import SQL_DIR, Store
from pipeline.store.publish import publish

SCHEMA = yaml.safe_load((SQL_DIR / "views" / "schema.yml").read_text())["views"]
QUERIES = sorted((SQL_DIR / "queries").glob("*.sql"))


@pytest.fixture
def seeded(settings: Settings) -> Settings:
    with Store.open(settings.db) as store:
        update_events(store, put(store, *seed_reports()), now=NOW)
        publish(store, settings.published_db)
    return settings


def _sql(settings: Settings, *args: str) -> str:
    result = CliRunner().invoke(sql_command, list(args), obj=settings)
    assert result.exit_code == 0, result.output
    return result.output


def test_schema_yml_describes_every_view_file():
    files = sorted(p.name for p in (SQL_DIR / "views").glob("*.sql"))
    assert sorted(v["file"] for v in SCHEMA) == files
    assert all(v["grain"] and v["keys"] for v in SCHEMA)


def test_every_view_file_states_its_grain_and_keys():
    for path in (SQL_DIR / "views").glob("*.sql"):
        header = path.read_text().split("create")[0]
        assert "grain:" in header and "key" in header, path.name


@pytest.mark.parametrize("view", SCHEMA, ids=lambda v: v["name"])
def test_view_keys_are_unique(seeded, view):
    keys = ", ".join(view["keys"])
    query = f"select count(*) = count(distinct ({keys})) from {view['name']}"
    assert _sql(seeded, query, "--format", "csv").splitlines()[1] == "True"


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_saved_query_runs_on_the_published_copy(seeded, path: Path):
    assert path.read_text().startswith("-- ")
    _sql(seeded, "-f", str(path), "--format", "json")


def test_there_are_at_least_eight_saved_queries():
    assert len(QUERIES) >= 8


def test_sql_prints_csv(seeded):
    out = _sql(seeded, "select count(*) as decrees from v_decrees", "--format", "csv")
    assert out.splitlines() == ["decrees", "3"]


def test_sql_prints_json(seeded):
    out = _sql(seeded, "select country from v_decrees limit 1", "--format", "json")
    assert json.loads(out) == [{"country": "Iran"}]


def test_sql_prints_a_table_by_default(seeded):
    assert "(3 rows)" in _sql(seeded, "select event_id from v_decrees")


def test_sql_live_reads_the_working_database(seeded):
    out = _sql(seeded, "select count(*) as n from v_claims", "--live", "--format", "csv")
    assert out.splitlines() == ["n", "6"]


def test_sql_reports_a_bad_query_without_a_traceback(seeded):
    result = CliRunner().invoke(sql_command, ["select nonsense from nowhere"], obj=seeded)
    assert result.exit_code == 1 and "query failed" in result.output


def test_sql_says_when_nothing_is_published_yet(settings):
    result = CliRunner().invoke(sql_command, ["select 1"], obj=settings)
    assert result.exit_code == 1 and "no database" in result.output


def test_events_without_subcommand_lists_recent_decrees(seeded, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")
    result = CliRunner().invoke(events_group, [], obj=seeded, terminal_width=200)
    assert result.exit_code == 0 and "30,000-40,000 (Iran Focus)" in result.output


def test_events_show_lists_every_claim(seeded, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")
    event_id = _sql(
        seeded, "select event_id from v_decrees where year(decree_date) = 2020", "--format", "csv"
    ).splitlines()[1]
    result = CliRunner().invoke(events_group, ["show", event_id], obj=seeded, terminal_width=250)
    assert (
        result.exit_code == 0 and "Gulf Times" in result.output and "Rights Wire" in result.output
    )


def test_events_split_and_merge_are_published(seeded):
    event_id = _sql(
        seeded, "select event_id from v_decrees where year(decree_date) = 2020", "--format", "csv"
    ).splitlines()[1]
    split = CliRunner().invoke(
        events_group, ["split", event_id, "https://news.example/b2020"], obj=seeded
    )
    assert split.exit_code == 0, split.output
    new_id = split.output.split()[-1]
    assert _sql(seeded, "select count(*) from v_decrees", "--format", "csv").split()[1] == "4"
    merge = CliRunner().invoke(events_group, ["merge", event_id, new_id], obj=seeded)
    assert merge.exit_code == 0, merge.output
    assert _sql(seeded, "select count(*) from v_decrees", "--format", "csv").split()[1] == "3"


def test_every_command_has_help():
    commands = [sql_command, events_group, *events_group.commands.values()]
    assert all(c.help for c in commands)
    assert all(p.help for c in commands for p in c.params if p.param_type_name == "option")
