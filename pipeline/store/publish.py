"""The analysts' copy: written after each run, never half-written, never locked.

:func:`publish` copies the working database into a new DuckDB file next to
the target, created with storage compatibility ``v1.5.0`` so that any DuckDB
client opens it (the ``duckdb-cli`` 1.5 shell included), creates the views
inside it, then swaps it in with one ``os.replace``.  A reader holding the old
file keeps reading the old run (on Linux the old file lives on while it is
open); a new reader opens the new one.  The Parquet export (one file per
view and main table in ``target.parent / "parquet"``) is written to a fresh
folder and swapped in by replacing a symbolic link, atomically too.

Raw HTML (``articles.html_zlib``) stays out of the copy: it is the bulk of
the working file and analysts read the clean text.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from pipeline.store import SQL_DIR, Store, StoreError

__all__ = [
    "PARQUET_TABLES",
    "open_published",
    "publish",
]

# columns left out of the copy, per table
LEAVE_OUT: dict[str, tuple[str, ...]] = {"articles": ("html_zlib",), "alerts": ("message",)}
# the main tables exported to Parquet beside every analysts' view
PARQUET_TABLES = ("articles", "claims", "detections", "events", "feeds", "runs")
_ALIAS = "pardonwatch_publish"
_LINK_PREFIX = ".parquet-"


def _quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _quote_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _remove(path: Path) -> None:
    for stale in (path, path.with_name(path.name + ".wal")):
        stale.unlink(missing_ok=True)


def _select_list(store: Store, table: str) -> str:
    columns = [r["column_name"] for r in store.rows("publish_columns", {"table_name": table})]
    kept = [c for c in columns if c not in LEAVE_OUT.get(table, ())]
    return ", ".join(_quote_ident(c) for c in kept)


def _write_copy(store: Store, path: Path) -> None:
    """Copy every table and create every view in a new v1.5.0 file at ``path``."""
    home = store.con.execute("select current_database()").fetchone()
    if home is None:
        raise StoreError("the working database has no name")
    source = _quote_ident(str(home[0]))
    tables = [r["table_name"] for r in store.rows("publish_tables")]
    store.con.execute(f"attach {_quote_text(str(path))} as {_ALIAS} (storage_version 'v1.5.0')")
    try:
        with store.transaction():
            for table in tables:
                store.con.execute(
                    f"create table {_ALIAS}.main.{_quote_ident(table)} as "
                    f"select {_select_list(store, table)} from {source}.main.{_quote_ident(table)}"
                )
        store.con.execute(f"use {_ALIAS}")
        try:
            for view in sorted((SQL_DIR / "views").glob("*.sql")):
                store.con.execute(view.read_text(encoding="utf-8"))
        finally:
            store.con.execute(f"use {source}")
        store.con.execute(f"checkpoint {_ALIAS}")
    finally:
        store.con.execute(f"detach {_ALIAS}")


def _export_parquet(store: Store, link: Path) -> Path:
    """Write the Parquet files to a new folder, then point ``link`` at it."""
    folder = link.with_name(f"{_LINK_PREFIX}{time.time_ns()}")
    folder.mkdir(parents=True)
    names = [r["view_name"] for r in store.rows("publish_views")]
    tables = {r["table_name"] for r in store.rows("publish_tables")}
    names += [t for t in PARQUET_TABLES if t in tables]
    for name in names:
        columns = _select_list(store, name) if name in tables else "*"
        target = _quote_text(str(folder / f"{name}.parquet"))
        store.con.execute(
            f"copy (select {columns} from {_quote_ident(name)}) to {target} (format parquet)"
        )
    pending = link.with_name(link.name + ".swap")
    pending.unlink(missing_ok=True)
    pending.symlink_to(folder.name, target_is_directory=True)
    if link.is_dir() and not link.is_symlink():
        shutil.rmtree(link)  # a folder left by hand: replaced once by the link
    os.replace(pending, link)
    for old in link.parent.glob(f"{_LINK_PREFIX}*"):
        if old.name != folder.name:
            shutil.rmtree(old, ignore_errors=True)
    return link


def publish(store: Store, target: Path) -> Path:
    """Write the analysts' read-only copy of ``store`` to ``target``; return it.

    Also exports Parquet files to ``target.parent / "parquet"``.  Neither an
    open reader of the old copy nor a crash half-way leaves anyone with a
    half-written run: both swaps are atomic.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    pending = target.with_name(f".{target.name}.publishing")
    _remove(pending)
    try:
        _write_copy(store, pending)
        os.replace(pending, target)
    finally:
        _remove(pending)
    _export_parquet(store, target.parent / "parquet")
    return target


def open_published(path: Path, *, lock_timeout: float = 5.0) -> Store:
    """Open a database read-only for analysts (the published copy, or the live
    file with ``pardonwatch sql --live``)."""
    if not Path(path).exists():
        raise StoreError(
            f"no database at {path}: run the pipeline first (it publishes after each run),"
            " or check --db / PARDONWATCH_DB"
        )
    return Store.open(path, read_only=True, migrate=False, lock_timeout=lock_timeout)
