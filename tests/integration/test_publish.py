import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pytest
from events_helpers import NOW, decree, put, seed, seed_reports

from pipeline.events import update_events
from pipeline.store import Store
from pipeline.store import publish as publish_module
from pipeline.store.publish import PARQUET_PARTS, publish

VIEWS = {"v_claims", "v_decrees", "v_decrees_by_month", "v_event_articles", "v_feed_health"}


def _published(store: Store, tmp_path: Path) -> Path:
    update_events(store, put(store, *seed_reports()), now=NOW)
    return publish(store, tmp_path / "published" / "pw.duckdb")


def _edit_events(store: Store) -> None:
    """A change by hand, numbered as the statements number theirs."""
    store.con.execute(
        "update events set occasion_text = 'edited by hand', rev = nextval('rev_seq') where true"
    )


def _decrees_in_new_process(path: Path) -> int:
    code = (
        f"import duckdb; con = duckdb.connect({str(path)!r}, read_only=True); "
        "print(con.execute('select count(*) from v_decrees').fetchone()[0])"
    )
    return int(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
    )


def test_the_copy_holds_the_views_and_the_decrees(store, tmp_path):
    con = duckdb.connect(str(_published(store, tmp_path)), read_only=True)
    query = "select view_name from duckdb_views() where not internal"
    views = {r[0] for r in con.execute(query).fetchall()}
    assert views >= VIEWS
    assert con.execute("select count(*) from v_decrees").fetchone() == (3,)


def test_the_copy_is_readable_by_duckdb_1_5(store, tmp_path):
    con = duckdb.connect(str(_published(store, tmp_path)), read_only=True)
    tags = con.execute("select tags from duckdb_databases() where database_name = 'pw'").fetchone()
    assert tags is not None and tags[0]["storage_version"].startswith("v1.5.0")


def test_the_copy_leaves_out_raw_html(store, tmp_path):
    con = duckdb.connect(str(_published(store, tmp_path)), read_only=True)
    columns = {
        r[0]
        for r in con.execute(
            "select column_name from duckdb_columns() where table_name = 'articles'"
        ).fetchall()
    }
    assert "text" in columns and "html_zlib" not in columns


def test_parquet_has_a_file_per_view_and_small_table_and_parts_per_big_table(store, tmp_path):
    folder = _published(store, tmp_path).parent / "parquet"
    names = {p.stem for p in folder.glob("*.parquet")}
    assert VIEWS | {"events", "claims", "feeds", "runs"} <= names
    assert not names & set(PARQUET_PARTS)
    con = duckdb.connect()
    assert con.execute(f"select count(*) from '{folder / 'v_decrees.parquet'}'").fetchone() == (3,)
    for table in PARQUET_PARTS:
        assert len(list((folder / table).glob("part-*.parquet"))) == 1
        counted = con.execute(f"select count(*) from '{folder / table}/*.parquet'").fetchone()
        assert counted == store.con.execute(f"select count(*) from {table}").fetchone()
    columns = con.execute(f"describe select * from '{folder}/articles/*.parquet'").fetchall()
    assert {"text", "url"} <= {c[0] for c in columns}
    assert not {"html_zlib", "rev"} & {c[0] for c in columns}


def test_a_reader_holding_the_copy_neither_blocks_publish_nor_sees_the_new_run(store, tmp_path):
    target = _published(store, tmp_path)
    reader = duckdb.connect(str(target), read_only=True)
    update_events(store, put(store, seed("new", date(2024, 6, 1), decree(count=1))), now=NOW)
    assert publish(store, target) == target
    assert reader.execute("select count(*) from v_decrees").fetchone() == (3,)
    assert _decrees_in_new_process(target) == 4


def test_publishing_twice_leaves_one_copy_and_one_parquet_folder(store, tmp_path):
    target = _published(store, tmp_path)
    publish(store, target)
    assert sorted(
        p.name for p in target.parent.iterdir() if not p.name.startswith(".parquet-")
    ) == ["parquet", "pw.duckdb"]
    assert len(list(target.parent.glob(".parquet-*"))) == 1


def test_a_publish_that_fails_half_way_leaves_the_old_copy(store, tmp_path, monkeypatch):
    target = _published(store, tmp_path)
    before = target.read_bytes()

    def broken(store: Store, path: Path, tables: object) -> None:
        path.write_bytes(b"half a database")
        raise RuntimeError("disk full")

    monkeypatch.setattr(publish_module, "_write_copy", broken)
    with pytest.raises(RuntimeError):
        publish(store, target, full=True)
    assert target.read_bytes() == before and sorted(target.parent.glob(".pw*")) == []


def test_an_incremental_publish_that_fails_half_way_leaves_the_old_copy(
    store, tmp_path, monkeypatch
):
    target = _published(store, tmp_path)
    before = target.read_bytes()

    def broken(store: Store, previous: Path, path: Path, tables: object, plan: object) -> None:
        path.write_bytes(b"half a database")
        raise RuntimeError("disk full")

    _edit_events(store)
    monkeypatch.setattr(publish_module, "_update_copy", broken)
    with pytest.raises(RuntimeError):
        publish(store, target)
    assert target.read_bytes() == before and sorted(target.parent.glob(".pw*")) == []
    monkeypatch.undo()
    publish(store, target)  # the change is still seen as unpublished
    with duckdb.connect(str(target), read_only=True) as con:
        assert con.execute("select distinct occasion_text from events").fetchall() == [
            ("edited by hand",)
        ]


def test_publishing_with_nothing_changed_writes_nothing(store, tmp_path):
    target = _published(store, tmp_path)
    copy, folder = target.stat(), (target.parent / "parquet").resolve()
    assert publish(store, target) == target
    assert target.stat().st_ino == copy.st_ino and target.stat().st_mtime_ns == copy.st_mtime_ns
    assert (target.parent / "parquet").resolve() == folder


def test_a_change_rewrites_only_the_changed_tables(store, tmp_path):
    target = _published(store, tmp_path)
    folder = target.parent / "parquet"
    (part,) = (folder / "articles").glob("part-*.parquet")
    articles_before = part.stat().st_ino
    events_before = (folder / "events.parquet").stat().st_ino
    _edit_events(store)
    publish(store, target)
    assert (folder / "articles" / part.name).stat().st_ino == articles_before  # hard-linked
    assert (folder / "events.parquet").stat().st_ino != events_before
    with duckdb.connect(str(target), read_only=True) as con:
        assert {r[0] for r in con.execute("select occasion_text from events").fetchall()} == {
            "edited by hand"
        }
        assert con.execute("select count(*) from v_decrees").fetchone() == (3,)


def test_a_full_publish_rewrites_everything(store, tmp_path):
    target = _published(store, tmp_path)
    (part,) = (target.parent / "parquet" / "articles").glob("part-*.parquet")
    inode = part.stat().st_ino
    publish(store, target, full=True)
    (again,) = (target.parent / "parquet" / "articles").glob("part-*.parquet")
    assert again.stat().st_ino != inode


def test_the_copy_leaves_out_the_pipelines_own_index_and_rejections(store, tmp_path):
    target = _published(store, tmp_path)
    with duckdb.connect(str(target), read_only=True) as con:
        tables = {r[0] for r in con.execute("select table_name from duckdb_tables()").fetchall()}
    internal = {"article_sketch", "calendar_state", "rejected_pages", "views_state"}
    assert "articles" in tables and not tables & internal
