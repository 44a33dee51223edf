"""Publishing by rows: after each change the copy and the Parquet export hold
exactly what the working database holds, and only the changed rows are written."""

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import duckdb
import pytest
from events_helpers import NOW, decree, put, seed, seed_reports

from pipeline.events import update_events
from pipeline.store import Store
from pipeline.store import publish as publish_module
from pipeline.store.publish import PARQUET_PARTS, PARQUET_TABLES, publish

D = date(2024, 3, 18)


def _target(tmp_path: Path) -> Path:
    return tmp_path / "published" / "pw.duckdb"


def _rows(con: duckdb.DuckDBPyConnection, query: str) -> list[tuple[Any, ...]]:
    return sorted(con.execute(query).fetchall(), key=repr)


def _copy_tables(target: Path) -> dict[str, list[str]]:
    with duckdb.connect(str(target), read_only=True) as con:
        tables = [r[0] for r in con.execute("select table_name from duckdb_tables()").fetchall()]
        return {
            t: [
                r[0]
                for r in con.execute(
                    "select column_name from duckdb_columns() where table_name = ? "
                    "order by column_index",
                    [t],
                ).fetchall()
            ]
            for t in tables
        }


def assert_published(store: Store, target: Path) -> None:
    """Every table of the copy and of the Parquet export equals the working one."""
    tables = _copy_tables(target)
    assert {"articles", "claims", "detections", "events", "event_aliases"} <= set(tables)
    folder = target.parent / "parquet"
    reader = duckdb.connect()
    with duckdb.connect(str(target), read_only=True) as copy:
        for table, columns in tables.items():
            select = ", ".join(f'"{c}"' for c in columns)
            working = _rows(store.con, f'select {select} from "{table}"')
            assert _rows(copy, f'select {select} from "{table}"') == working, table
            if table in PARQUET_PARTS:
                source = f"'{folder / table}/*.parquet'"
            elif table in PARQUET_TABLES:
                source = f"'{folder / table}.parquet'"
            else:
                continue
            assert _rows(reader, f"select {select} from {source}") == working, table
        decrees = _rows(copy, "select event_id, sources from v_decrees")
    assert decrees == _rows(store.con, "select event_id, sources from v_decrees")
    assert decrees == _rows(reader, f"select event_id, sources from '{folder}/v_decrees.parquet'")


def _parts(target: Path, table: str = "articles") -> dict[str, int]:
    """Part file name -> inode."""
    folder = target.parent / "parquet" / table
    return {p.name: p.stat().st_ino for p in sorted(folder.glob("part-*.parquet"))}


def _ids_in(path: Path) -> set[str]:
    return {r[0] for r in duckdb.connect().execute(f"select article_id from '{path}'").fetchall()}


def _more(store: Store, *names: str, day: int = 0) -> None:
    """New announcements (each its own decree of Jordan) placed into events."""
    seeds = [
        seed(name, D + timedelta(days=day + i), decree(country="Jordan", country_code="JO"))
        for i, name in enumerate(names)
    ]
    update_events(store, put(store, *seeds), now=NOW)


def test_an_import_adds_exactly_the_new_rows_and_one_new_part(store, tmp_path):
    update_events(store, put(store, *seed_reports()), now=NOW)
    target = publish(store, _target(tmp_path))
    before = _parts(target)
    _more(store, "new1", "new2")
    publish(store, target)
    assert_published(store, target)
    after = _parts(target)
    # the first part is the same file (hard-linked), the second holds the new rows only
    (old,) = before
    assert after[old] == before[old] and len(after) == 2
    (new,) = set(after) - {old}
    assert _ids_in(target.parent / "parquet" / "articles" / new) == {"new1", "new2"}
    (new_detections,) = set(_parts(target, "detections")) - set(_parts_named(before))
    assert _ids_in(target.parent / "parquet" / "detections" / new_detections) == {"new1", "new2"}


def _parts_named(parts: dict[str, int]) -> set[str]:
    return set(parts)


def test_a_changed_row_is_replaced_not_repeated(store, tmp_path):
    update_events(store, put(store, *seed_reports()), now=NOW)
    target = publish(store, _target(tmp_path))
    (article_id,) = store.con.execute("select min(article_id) from articles").fetchone()
    # what reprocess writes: a new extraction and a new verdict of a stored article
    store.run(
        "articles_update_text",
        {
            "articles": [
                {
                    "article_id": article_id,
                    "title": "Re-extracted",
                    "published": None,
                    "language": "en",
                    "text": "re-extracted text",
                    "extraction": "fixture",
                    "fingerprint": "changed",
                    "sketch": [1],
                }
            ]
        },
    )
    (row,) = store.query("select * from detections where article_id = ?", [article_id])
    row.pop("rev")
    row["confidence"] = 0.42
    row["payload"] = json.dumps(json.loads(row["payload"]))
    store.run("detections_upsert", {"detections": [row]})
    publish(store, target)
    assert_published(store, target)
    with duckdb.connect(str(target), read_only=True) as con:
        assert con.execute(
            "select title, text from articles where article_id = ?", [article_id]
        ).fetchall() == [("Re-extracted", "re-extracted text")]
    # an existing row changed: the big tables are rewritten as one part
    assert len(_parts(target)) == 1 and len(_parts(target, "detections")) == 1


def test_nothing_is_written_when_nothing_changed_since_an_incremental_publish(store, tmp_path):
    update_events(store, put(store, *seed_reports()), now=NOW)
    target = publish(store, _target(tmp_path))
    _more(store, "new1")
    publish(store, target)
    copy, folder = target.stat(), (target.parent / "parquet").resolve()
    assert publish(store, target) == target
    assert (target.stat().st_ino, target.stat().st_mtime_ns) == (copy.st_ino, copy.st_mtime_ns)
    assert (target.parent / "parquet").resolve() == folder


def test_merged_events_their_aliases_and_moved_claims_are_right_in_the_copy(store, tmp_path):
    first = seed("a", D, decree(announced_on=D, count=1000))
    late = seed("c", D + timedelta(days=4), decree(announced_on=D + timedelta(days=4)))
    update_events(store, put(store, first, late), now=NOW)
    target = publish(store, _target(tmp_path))
    with duckdb.connect(str(target), read_only=True) as con:
        assert con.execute("select count(*) from events").fetchone() == (2,)
    # a report that bridges the two merges them: one event deleted, claims moved
    bridge = seed("b", D + timedelta(days=2), decree(announced_on=D + timedelta(days=2)))
    update_events(store, put(store, bridge), now=NOW)
    assert store.con.execute("select count(*) from event_aliases").fetchone() == (1,)
    publish(store, target)
    assert_published(store, target)
    with duckdb.connect(str(target), read_only=True) as con:
        assert con.execute("select count(*) from events").fetchone() == (1,)
        query = "select alias_id, event_id from event_aliases"
        (alias, event) = store.con.execute(query).fetchone()
        assert con.execute("select event_id from v_event_ids where id = ?", [alias]).fetchall() == [
            (event,)
        ]


def test_parts_merge_two_by_two_and_stay_complete(store, tmp_path):
    update_events(store, put(store, seed("a0", D, decree())), now=NOW)
    target = publish(store, _target(tmp_path))
    sizes = []
    for step in range(1, 6):
        _more(store, f"n{step}", day=10 * step)
        publish(store, target)
        folder = target.parent / "parquet" / "articles"
        sizes.append(
            [
                duckdb.connect().execute(f"select count(*) from '{p}'").fetchone()[0]
                for p in sorted(folder.glob("part-*.parquet"))
            ]
        )
        assert_published(store, target)
    # one article per publish: the parts count in binary, oldest (largest) first
    assert sizes == [[2], [2, 1], [4], [4, 1], [4, 2]]


def test_a_copy_swapped_in_before_a_failed_parquet_export_is_caught_up(
    store, tmp_path, monkeypatch
):
    update_events(store, put(store, *seed_reports()), now=NOW)
    target = publish(store, _target(tmp_path))
    _more(store, "new1")

    def broken(*args: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(publish_module, "_export_parquet", broken)
    with pytest.raises(RuntimeError):
        publish(store, target)
    monkeypatch.undo()
    _more(store, "new2", day=20)
    publish(store, target)  # the copy is ahead of the export's state: no row twice
    assert_published(store, target)


def test_a_hand_edit_without_a_change_number_reaches_the_copy_with_a_full_publish(store, tmp_path):
    update_events(store, put(store, *seed_reports()), now=NOW)
    target = publish(store, _target(tmp_path))
    store.con.execute("update events set occasion_text = 'edited by hand' where true")
    publish(store, target, full=True)
    assert_published(store, target)
