"""``pardonwatch sql``: every way out of the analysts' copy is refused.

Each statement runs through the real command on a real published copy (and
with ``--live`` on the working database); afterwards no file was written,
the working database still has every row, and nothing outside leaked out.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from pipeline.cli.sql import sql_command
from pipeline.settings import Settings
from pipeline.store import Store
from pipeline.store.publish import publish

# {tmp} is the test's folder, {db} the other database: the working one when the
# query runs on the published copy, the published one with --live
ESCAPES = [
    ("copy over a database file", "copy (select 1) to '{db}' (format csv)"),
    ("copy to a new database file", "copy (select 1) to '{tmp}/new.duckdb'"),
    ("copy a view to CSV", "copy v_decrees to '{tmp}/out.csv'"),
    ("copy into a table from a file", "copy runs from '/etc/passwd'"),
    ("export the database", "export database '{tmp}/export'"),
    (
        "attach the working database read-write and delete",
        "attach '{db}' as w (read_only false); delete from w.runs",
    ),
    ("attach the working database read-only", "attach '{db}' as w (read_only)"),
    ("attach an in-memory database", "attach ':memory:' as scratch"),
    ("read_csv", "select * from read_csv('/etc/passwd')"),
    ("read_csv_auto", "select * from read_csv_auto('/etc/passwd')"),
    ("read_text", "select * from read_text('/etc/passwd')"),
    ("read_blob", "select * from read_blob('/etc/passwd')"),
    ("glob", "select * from glob('/root/*')"),
    ("file name as a table", "select * from '{tmp}/secret.csv'"),
    ("read_parquet", "select * from read_parquet('{tmp}/secret.parquet')"),
    ("sniff_csv", "select * from sniff_csv('/etc/passwd')"),
    ("install an extension", "install httpfs"),
    ("load an extension", "load httpfs"),
    ("load an extension file", "load '{tmp}/evil.duckdb_extension'"),
    ("switch external access back on", "set enable_external_access = true"),
    ("unlock the configuration", "set lock_configuration = false"),
    ("reset a setting", "reset enable_external_access"),
    ("change a setting", "set threads = 1"),
    ("change a global setting", "set global memory_limit = '1GB'"),
    ("change a setting by pragma", "pragma threads = 1"),
    ("move the temporary folder", "set temp_directory = '{tmp}/spill'"),
    ("create a secret", "create secret s (type http)"),
    ("delete rows", "delete from runs"),
    ("create a table", "create table x as select 1 as a"),
    ("drop a view", "drop view v_decrees"),
    ("escape after a harmless statement", "select 1; copy (select 1) to '{tmp}/late.csv'"),
]


@pytest.fixture(scope="module")
def tmp_path(tmp_path_factory):
    # one working database and published copy for the module (each takes ~0.4 s)
    return tmp_path_factory.mktemp("sql-escapes")


@pytest.fixture(scope="module")
def copies(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    (tmp_path / "secret.csv").write_text("name,secret\nroot,hunter2\n")
    with Store.open(settings.db) as store:
        store.con.execute("insert into runs (run_id, kind, started_at) values ('r1', 'run', now())")
        store.con.execute(
            f"copy (select 'hunter2' as secret) to '{tmp_path}/secret.parquet' (format parquet)"
        )
        publish(store, settings.published_db)
    return settings


def _run(settings, query, *extra):
    # table format: several statements are run one by one (csv refuses them before
    # they reach the database), so every statement meets the lockdown
    return CliRunner().invoke(sql_command, [query, "--format", "table", *extra], obj=settings)


def _files(tmp_path):
    return sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))


@pytest.mark.parametrize("live", [False, True], ids=["published", "live"])
@pytest.mark.parametrize(("label", "query"), ESCAPES, ids=[e[0] for e in ESCAPES])
def test_escape_is_refused(copies, tmp_path, label, query, live):
    before = _files(tmp_path)
    other = copies.published_db if live else copies.db
    text = query.format(tmp=tmp_path, db=other)
    result = _run(copies, text, *(["--live"] if live else []))
    assert result.exit_code == 1 and "query refused" in result.output, result.output
    assert "hunter2" not in result.output and "root:" not in result.output
    assert _files(tmp_path) == before
    with Store.open(copies.db, read_only=True) as store:
        assert store.counts(["runs"]) == {"runs": 1}


def test_refusal_explains_what_the_command_does_not_do(copies):
    result = _run(copies, "select * from read_csv('/etc/passwd')")
    assert "does not read or write other files" in result.output
    assert "/etc/passwd" in result.output and "Traceback" not in result.output


def test_plain_queries_still_work_on_the_locked_connection(copies):
    result = CliRunner().invoke(
        sql_command, ["select count(*) as n from runs", "--format", "csv"], obj=copies
    )
    assert result.exit_code == 0 and result.output.splitlines() == ["n", "1"]


def test_help_lists_what_is_refused():
    result = CliRunner().invoke(sql_command, ["--help"])
    assert all(word in result.output for word in ("COPY", "ATTACH", "INSTALL", "SET", "read_csv"))
