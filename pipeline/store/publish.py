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

Publishing follows what changed.  Each table has a signature (its row count
and a sum of row hashes over its columns, the bulky ones stood for by a
fingerprint or timestamp beside them); the signatures of the last publish
are kept with the Parquet export.  When nothing changed, nothing is written.
When some tables changed, the new copy starts as a file copy of the last
one and only the changed tables are rewritten in it (views recreated); the
Parquet files of unchanged tables are hard-linked into the new folder.  The
``runs`` table and the feeds' poll times and statuses alone do not count as
a change: they reach the copy with the next change.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

from pipeline.store import SQL_DIR, Store, StoreError

__all__ = [
    "PARQUET_TABLES",
    "open_published",
    "publish",
    "signatures",
]

# tables left out of the copy: the near-duplicate index (16 rows per article)
# the memory of rejected pages and the calendar's input digest serve the
# pipeline, not analysts
INTERNAL_TABLES = ("article_sketch", "calendar_state", "rejected_pages")
# columns left out of the copy, per table
LEAVE_OUT: dict[str, tuple[str, ...]] = {"articles": ("html_zlib",), "alerts": ("message",)}
# the main tables exported to Parquet beside every analysts' view
PARQUET_TABLES = ("articles", "claims", "detections", "events", "feeds", "runs")
_ALIAS = "pardonwatch_publish"
_LINK_PREFIX = ".parquet-"
_STATE = ".publish-state.json"
_ROW_GROUP = 8192
# columns a table's signature does not read: bulky ones whose change shows in
# another column (text -> fingerprint, payload -> detected_at), and poll
# bookkeeping that changes on every poll without changing what analysts read
SIGNATURE_SKIP: dict[str, tuple[str, ...]] = {
    "articles": ("text", "html_zlib"),
    "detections": ("payload",),
    "alerts": ("message",),
    "feeds": (
        "etag",
        "last_modified",
        "last_status",
        "last_polled_at",
        "last_success_at",
        "next_poll_at",
    ),
}
# tables whose changes alone do not make a new copy (written on every run)
QUIET_TABLES = ("runs",)
# small tables rewritten whenever a copy is made, so their bookkeeping is fresh
ALWAYS_REWRITTEN = ("feeds", "runs")


def _quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _quote_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _remove(path: Path) -> None:
    for stale in (path, path.with_name(path.name + ".wal")):
        stale.unlink(missing_ok=True)


def _select_list(store: Store, table: str) -> str:
    columns = _columns(store, table)
    kept = [c for c in columns if c not in LEAVE_OUT.get(table, ())]
    return ", ".join(_quote_ident(c) for c in kept)


def _tables(store: Store) -> list[str]:
    """The working database's tables that go into the copy (the pipeline's own
    indexes and bookkeeping stay out)."""
    return [
        r["table_name"]
        for r in store.rows("publish_tables")
        if r["table_name"] not in INTERNAL_TABLES
    ]


def _columns(store: Store, table: str) -> list[str]:
    return [r["column_name"] for r in store.rows("publish_columns", {"table_name": table})]


def signatures(store: Store) -> dict[str, Any]:
    """Per table ``[rows, sum of row hashes]``, plus a digest of the view files."""
    out: dict[str, Any] = {}
    for table in _tables(store):
        columns = [c for c in _columns(store, table) if c not in SIGNATURE_SKIP.get(table, ())]
        hashed = ", ".join(_quote_ident(c) for c in columns)
        row = store.con.execute(
            f"select count(*), coalesce(sum(hash({hashed})), 0)::varchar from {_quote_ident(table)}"
        ).fetchone()
        out[table] = [int(row[0]), str(row[1])] if row else [0, "0"]
    views = hashlib.sha256()
    for view in sorted((SQL_DIR / "views").glob("*.sql")):
        views.update(view.read_bytes())
    out["_views"] = views.hexdigest()
    return out


def _changed(old: dict[str, Any], new: dict[str, Any]) -> set[str]:
    """Tables added, removed or changed between two signatures (quiet ones aside)."""
    names = (set(old) | set(new)) - {"_views", *QUIET_TABLES}
    return {n for n in names if old.get(n) != new.get(n)}


def _write_copy(store: Store, path: Path) -> None:
    """Copy every table and create every view in a new v1.5.0 file at ``path``."""
    home = store.con.execute("select current_database()").fetchone()
    if home is None:
        raise StoreError("the working database has no name")
    source = _quote_ident(str(home[0]))
    tables = _tables(store)
    store.con.execute(f"attach {_quote_text(str(path))} as {_ALIAS} (storage_version 'v1.5.0')")
    try:
        with store.transaction():
            for table in tables:
                store.con.execute(
                    f"create table {_ALIAS}.main.{_quote_ident(table)} as "
                    f"select {_select_list(store, table)} from {source}.main.{_quote_ident(table)}"
                )
        _finish_copy(store, source)
    finally:
        store.con.execute(f"detach {_ALIAS}")


def _finish_copy(store: Store, source: str) -> None:
    """Create the analysts' views inside the attached copy and write it to disk."""
    store.con.execute(f"use {_ALIAS}")
    try:
        with store.transaction():  # one commit for all of them
            for view in sorted((SQL_DIR / "views").glob("*.sql")):
                store.con.execute(view.read_text(encoding="utf-8"))
    finally:
        store.con.execute(f"use {source}")
    store.con.execute(f"checkpoint {_ALIAS}")


def _update_copy(store: Store, previous: Path, path: Path, tables: set[str]) -> None:
    """A file copy of ``previous`` at ``path`` with only ``tables`` rewritten."""
    shutil.copyfile(previous, path)
    home = store.con.execute("select current_database()").fetchone()
    if home is None:
        raise StoreError("the working database has no name")
    source = _quote_ident(str(home[0]))
    present = set(_tables(store))
    store.con.execute(f"attach {_quote_text(str(path))} as {_ALIAS}")
    try:
        with store.transaction():
            for table in sorted(tables):
                name = f"{_ALIAS}.main.{_quote_ident(table)}"
                store.con.execute(f"drop table if exists {name}")
                if table in present:
                    store.con.execute(
                        f"create table {name} as select {_select_list(store, table)} "
                        f"from {source}.main.{_quote_ident(table)}"
                    )
        _finish_copy(store, source)
    finally:
        store.con.execute(f"detach {_ALIAS}")


def _export_parquet(
    store: Store,
    link: Path,
    state: dict[str, Any],
    unchanged: set[str] | None = None,
) -> Path:
    """Write the Parquet files to a new folder, then point ``link`` at it.

    Files of ``unchanged`` tables are hard-linked from the current folder;
    ``state`` (the signatures) is written into the folder last.
    """
    folder = link.with_name(f"{_LINK_PREFIX}{time.time_ns()}")
    folder.mkdir(parents=True)
    names = [r["view_name"] for r in store.rows("publish_views")]
    tables = set(_tables(store))
    names += [t for t in PARQUET_TABLES if t in tables]
    try:
        for name in names:
            old = link / f"{name}.parquet"
            if unchanged and name in unchanged and old.exists():
                os.link(old.resolve(), folder / old.name)
                continue
            columns = _select_list(store, name) if name in tables else "*"
            target = _quote_text(str(folder / f"{name}.parquet"))
            # small row groups: the writer buffers one whole group, texts included,
            # and must fit the working database's bounded memory
            store.con.execute(
                f"copy (select {columns} from {_quote_ident(name)}) to {target} "
                f"(format parquet, row_group_size {_ROW_GROUP})"
            )
        (folder / _STATE).write_text(json.dumps(state), encoding="utf-8")
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
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


def _last_state(link: Path) -> dict[str, Any] | None:
    try:
        state = json.loads((link / _STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) else None


def publish(store: Store, target: Path, *, full: bool = False) -> Path:
    """Write the analysts' read-only copy of ``store`` to ``target``; return it.

    Also exports Parquet files to ``target.parent / "parquet"``.  Neither an
    open reader of the old copy nor a crash half-way leaves anyone with a
    half-written run: both swaps are atomic.  Only what changed since the
    last publish is written (nothing at all when nothing changed); ``full``
    rewrites everything.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    link = target.parent / "parquet"
    state = signatures(store)
    last = None if full or not target.exists() else _last_state(link)
    if last is not None and last.get("_views") == state["_views"]:
        changed = _changed(last, state)
        if not changed:
            return target
    else:
        changed = None
    pending = target.with_name(f".{target.name}.publishing")
    _remove(pending)
    try:
        if changed is None:
            _write_copy(store, pending)
        else:
            _update_copy(store, target, pending, changed | set(ALWAYS_REWRITTEN))
        os.replace(pending, target)
    finally:
        _remove(pending)
    unchanged = None if changed is None else set(PARQUET_TABLES) - changed - set(ALWAYS_REWRITTEN)
    _export_parquet(store, link, state, unchanged)
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
