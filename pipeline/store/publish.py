"""The analysts' copy: written after each run, never half-written, never locked.

:func:`publish` writes the working database into a new DuckDB file next to
the target, created with storage compatibility ``v1.5.0`` so that any DuckDB
client opens it (the ``duckdb-cli`` 1.5 shell included), creates the views
inside it, then swaps it in with one ``os.replace``.  A reader holding the old
file keeps reading the old run (on Linux the old file lives on while it is
open); a new reader opens the new one.  The Parquet export (one file per
view and small table, a folder of parts per big table, in
``target.parent / "parquet"``) is written to a fresh folder and swapped in by
replacing a symbolic link, atomically too.

Raw HTML (``articles.html_zlib``) stays out of the copy: it is the bulk of
the working file and analysts read the clean text.

Publishing follows what changed, row by row:

* The tables that grow with the archive (articles, article_urls, detections,
  events, claims, alerts) carry a change number ``rev`` (migration 050): a
  row takes the next number of ``rev_seq`` when it is inserted or updated by
  the statements in ``sql/statements/``.  The number published last is kept
  with the Parquet export; the rows changed since are those with a higher
  ``rev`` (one integer column read), and a row count that differs from the
  one published tells that rows were deleted.
* Other tables (feeds, runs, the calendar, aliases, corrections...) are small:
  each has a signature (row count and a sum of row hashes), compared with the
  one published.
* When nothing changed, nothing is written.  Otherwise the new copy starts as
  a file copy of the last one; in it, each changed row is deleted by key and
  inserted again from the working database, rows gone from the working
  database are deleted (only when the counts differ), small tables that
  changed are rewritten whole, and the views are recreated.  The Parquet
  files of unchanged tables are hard-linked into the new folder; a big table
  whose rows were only added gets one new part holding those rows (parts are
  merged two by two when the newest is as large as the one before, so a
  table has few parts and a row is rewritten a logarithmic number of times);
  a big table whose existing rows changed is rewritten as one part.
* The ``runs`` table and the feeds' poll times and statuses alone do not
  count as a change: they reach the copy with the next change.  A new
  migration, a changed table layout or a changed view file makes a full
  publish, as ``full=True`` does.

A change made by hand outside the statements must set ``rev =
nextval('rev_seq')`` on the rows it changes (or be followed by a full
publish) to reach the copy.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.store import SQL_DIR, Store, StoreError

__all__ = [
    "PARQUET_PARTS",
    "PARQUET_TABLES",
    "open_published",
    "publish",
]

# tables left out of the copy: the near-duplicate index (16 rows per article)
# the memory of rejected pages and the digests of the calendar's inputs and
# of the view files serve the pipeline, not analysts
INTERNAL_TABLES = ("article_sketch", "calendar_state", "rejected_pages", "views_state")
# the change number (migration 050): the pipeline's bookkeeping, never copied
REV = "rev"
# columns left out of the copy, per table
LEAVE_OUT: dict[str, tuple[str, ...]] = {"articles": ("html_zlib",), "alerts": ("message",)}
# the main tables exported to Parquet beside every analysts' view
PARQUET_TABLES = ("articles", "claims", "detections", "events", "feeds", "runs")
# of those, the ones exported as a folder of parts (parquet/NAME/part-*.parquet)
PARQUET_PARTS = ("articles", "detections")
_ALIAS = "pardonwatch_publish"
_LINK_PREFIX = ".parquet-"
_STATE = ".publish-state.json"
_FORMAT = 2
_ROW_GROUP = 8192
# columns a small table's signature does not read: bulky ones, and poll
# bookkeeping that changes on every poll without changing what analysts read
SIGNATURE_SKIP: dict[str, tuple[str, ...]] = {
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


@dataclass(frozen=True)
class _Table:
    """One table of the copy: its copied columns, and its key when it has a
    change number (``None``: a small table, compared by signature)."""

    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...] | None


@dataclass
class _Plan:
    """What a publish writes: everything (``full``) or the changes since ``since``."""

    full: bool
    since: int = 0
    rows: set[str] = field(default_factory=set)  # tables with a change number that changed
    small: set[str] = field(default_factory=set)  # small tables rewritten whole
    # per table with a change number: were only rows added (none replaced or removed)?
    appended: dict[str, bool] = field(default_factory=dict)

    def changed(self) -> set[str]:
        return self.rows | self.small


def _quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _quote_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _remove(path: Path) -> None:
    for stale in (path, path.with_name(path.name + ".wal")):
        stale.unlink(missing_ok=True)


def _select_list(columns: tuple[str, ...]) -> str:
    return ", ".join(_quote_ident(c) for c in columns)


def _describe(store: Store) -> dict[str, _Table]:
    """The working database's tables that go into the copy (the pipeline's own
    indexes and bookkeeping stay out), with their copied columns and keys."""
    # every table's columns and keys in two reads, not two per table
    columns_of: dict[str, list[str]] = {}
    for row in store.rows("publish_columns"):
        columns_of.setdefault(row["table_name"], []).append(row["column_name"])
    keys_of: dict[str, list[str]] = {}
    for row in store.rows("publish_keys"):
        keys_of.setdefault(row["table_name"], []).extend(row["column_names"])
    out = {}
    for row in store.rows("publish_tables"):
        name = row["table_name"]
        if name in INTERNAL_TABLES:
            continue
        columns = columns_of.get(name, [])
        key = tuple(keys_of.get(name, ()))
        kept = tuple(c for c in columns if c not in (*LEAVE_OUT.get(name, ()), REV))
        out[name] = _Table(name, kept, key if REV in columns and key else None)
    return out


def _schema(store: Store, tables: dict[str, _Table]) -> str:
    """A digest of what a full publish depends on: migrations applied, tables
    and their columns, view files."""
    digest = hashlib.sha256()
    for row in store.query("select version from schema_migrations order by version"):
        digest.update(f"migration {row['version']}\n".encode())
    for table in sorted(tables.values(), key=lambda t: t.name):
        digest.update(json.dumps([table.name, table.columns, table.key]).encode())
    for view in sorted((SQL_DIR / "views").glob("*.sql")):
        digest.update(view.read_bytes())
    return digest.hexdigest()


def _signature(store: Store, table: _Table) -> list[Any]:
    """``[rows, sum of row hashes]`` of a small table."""
    columns = [c for c in table.columns if c not in SIGNATURE_SKIP.get(table.name, ())]
    row = store.con.execute(
        f"select count(*), coalesce(sum(hash({_select_list(tuple(columns))})), 0)::varchar "
        f"from {_quote_ident(table.name)}"
    ).fetchone()
    return [int(row[0]), str(row[1])] if row else [0, "0"]


def _row_counts(store: Store, table: _Table, since: int) -> tuple[int, int]:
    """Rows of ``table`` and how many of them changed after ``since``."""
    row = store.con.execute(
        f"select count(*), count(*) filter (where {REV} > $since) from {_quote_ident(table.name)}",
        {"since": since},
    ).fetchone()
    return (int(row[0]), int(row[1])) if row else (0, 0)


def _state(store: Store, tables: dict[str, _Table], rev: int, schema: str) -> dict[str, Any]:
    """What the next publish compares with: change number, row counts, signatures."""
    return {
        "format": _FORMAT,
        "rev": rev,
        "schema": schema,
        "rows": {n: _row_counts(store, t, rev)[0] for n, t in tables.items() if t.key},
        "signatures": {n: _signature(store, t) for n, t in tables.items() if not t.key},
        "parts": {},
    }


def _plan(
    store: Store, tables: dict[str, _Table], last: dict[str, Any], state: dict[str, Any]
) -> _Plan:
    """The tables changed since the ``last`` publish (quiet ones aside)."""
    plan = _Plan(full=False, since=int(last["rev"]))
    for name, table in tables.items():
        if name in QUIET_TABLES:
            continue
        if table.key:
            rows, changed = _row_counts(store, table, plan.since)
            if changed or rows != last["rows"].get(name):
                plan.rows.add(name)
        elif state["signatures"][name] != last["signatures"].get(name):
            plan.small.add(name)
    return plan


def _source(store: Store) -> str:
    home = store.con.execute("select current_database()").fetchone()
    if home is None:
        raise StoreError("the working database has no name")
    return _quote_ident(str(home[0]))


def _write_copy(store: Store, path: Path, tables: dict[str, _Table]) -> None:
    """Copy every table and create every view in a new v1.5.0 file at ``path``."""
    source = _source(store)
    store.con.execute(f"attach {_quote_text(str(path))} as {_ALIAS} (storage_version 'v1.5.0')")
    try:
        with store.transaction():
            for table in tables.values():
                name = _quote_ident(table.name)
                store.con.execute(
                    f"create table {_ALIAS}.main.{name} as "
                    f"select {_select_list(table.columns)} from {source}.main.{name}"
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


def _apply_rows(store: Store, source: str, table: _Table, since: int) -> bool:
    """Bring one table of the attached copy up to date by rows; return whether
    rows were only added (none replaced, none removed)."""
    assert table.key
    name = _quote_ident(table.name)
    copy, work = f"{_ALIAS}.main.{name}", f"{source}.main.{name}"
    keys = _select_list(table.key)
    same = " and ".join(f"w.{_quote_ident(k)} = {name}.{_quote_ident(k)}" for k in table.key)
    changed = f"from {work} where {REV} > $since"
    replaced = store.con.execute(
        f"delete from {copy} where exists "
        f"(select 1 from (select {keys} {changed}) as w where {same})",
        {"since": since},
    ).fetchone()
    store.con.execute(
        f"insert into {copy} select {_select_list(table.columns)} {changed}", {"since": since}
    )
    removed: tuple[Any, ...] | None = (0,)
    held, wanted = store.con.execute(
        f"select (select count(*) from {copy}), (select count(*) from {work})"
    ).fetchone() or (0, 0)
    if held != wanted:  # rows deleted in the working database since
        removed = store.con.execute(
            f"delete from {copy} where not exists (select 1 from {work} as w where {same})"
        ).fetchone()
    return not (replaced and replaced[0]) and not (removed and removed[0])


def _update_copy(
    store: Store, previous: Path, path: Path, tables: dict[str, _Table], plan: _Plan
) -> None:
    """A file copy of ``previous`` at ``path`` with the changes of ``plan`` applied."""
    shutil.copyfile(previous, path)
    source = _source(store)
    store.con.execute(f"attach {_quote_text(str(path))} as {_ALIAS}")
    try:
        with store.transaction():
            for name in sorted(plan.rows):
                plan.appended[name] = _apply_rows(store, source, tables[name], plan.since)
            for name in sorted(plan.small | set(ALWAYS_REWRITTEN)):
                if name not in tables:
                    continue
                quoted = _quote_ident(name)
                store.con.execute(f"drop table if exists {_ALIAS}.main.{quoted}")
                store.con.execute(
                    f"create table {_ALIAS}.main.{quoted} as "
                    f"select {_select_list(tables[name].columns)} from {source}.main.{quoted}"
                )
        _finish_copy(store, source)
    finally:
        store.con.execute(f"detach {_ALIAS}")


def _copy_to(store: Store, query: str, target: Path, params: dict[str, Any] | None = None) -> None:
    # small row groups: the writer buffers one whole group, texts included,
    # and must fit the working database's bounded memory
    store.con.execute(
        f"copy ({query}) to {_quote_text(str(target))} "
        f"(format parquet, row_group_size {_ROW_GROUP})",
        params,
    )


def _export_parts(
    store: Store,
    table: _Table,
    link: Path,
    folder: Path,
    plan: _Plan,
    last: dict[str, Any] | None,
    rev: int,
) -> list[list[Any]]:
    """Write the parts of one big table into ``folder / table.name``; return
    ``[file name, rows]`` per part, oldest first."""
    parts_dir = folder / table.name
    parts_dir.mkdir()
    old = (last or {}).get("parts", {}).get(table.name)
    columns = _select_list(table.columns)
    source = f"select {columns} from {_quote_ident(table.name)}"
    whole = (
        plan.full or old is None or not all((link / table.name / name).is_file() for name, _ in old)
    )
    if not whole and table.name in plan.rows and not plan.appended.get(table.name, False):
        whole = True  # existing rows replaced or removed: one new part
    if whole:
        name = f"part-{rev:012d}.parquet"
        _copy_to(store, source, parts_dir / name)
        rows = _row_counts(store, table, rev)[0]
        return [[name, rows]]
    assert old is not None
    parts: list[list[Any]] = []
    for name, rows in old:
        os.link((link / table.name / name).resolve(), parts_dir / name)
        parts.append([name, rows])
    if table.name not in plan.rows:
        return parts
    name = f"part-{rev:012d}.parquet"
    where = f"{source} where {REV} > $since and {REV} <= $rev"
    _copy_to(store, where, parts_dir / name, {"since": plan.since, "rev": rev})
    parts.append([name, _row_counts(store, table, plan.since)[1]])
    # merge the newest two while the newest is as large as the one before
    while len(parts) >= 2 and parts[-1][1] >= parts[-2][1]:
        (first, first_rows), (second, second_rows) = parts[-2], parts[-1]
        merged = parts_dir / f".{second}.merging"
        files = "[" + ", ".join(_quote_text(str(parts_dir / n)) for n in (first, second)) + "]"
        _copy_to(store, f"select * from read_parquet({files})", merged)
        (parts_dir / first).unlink()
        os.replace(merged, parts_dir / second)
        parts[-2:] = [[second, first_rows + second_rows]]
    return parts


def _export_parquet(
    store: Store,
    link: Path,
    tables: dict[str, _Table],
    plan: _Plan,
    state: dict[str, Any],
    last: dict[str, Any] | None,
) -> Path:
    """Write the Parquet files to a new folder, then point ``link`` at it.

    Files of unchanged tables are hard-linked from the current folder; big
    tables get a new part of their added rows; ``state`` is written into the
    folder last.
    """
    folder = link.with_name(f"{_LINK_PREFIX}{time.time_ns()}")
    folder.mkdir(parents=True)
    rewritten = plan.changed() | set(ALWAYS_REWRITTEN)
    try:
        for row in store.rows("publish_views"):
            view = row["view_name"]
            _copy_to(store, f"select * from {_quote_ident(view)}", folder / f"{view}.parquet")
        for name in PARQUET_TABLES:
            if name not in tables:
                continue
            if name in PARQUET_PARTS:
                state["parts"][name] = _export_parts(
                    store, tables[name], link, folder, plan, last, state["rev"]
                )
                continue
            old = link / f"{name}.parquet"
            if not plan.full and name not in rewritten and old.exists():
                os.link(old.resolve(), folder / old.name)
                continue
            query = f"select {_select_list(tables[name].columns)} from {_quote_ident(name)}"
            _copy_to(store, query, folder / f"{name}.parquet")
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
    for stale in link.parent.glob(f"{_LINK_PREFIX}*"):
        if stale.name != folder.name:
            shutil.rmtree(stale, ignore_errors=True)
    return link


def _last_state(link: Path) -> dict[str, Any] | None:
    try:
        state = json.loads((link / _STATE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(state, dict) or state.get("format") != _FORMAT:
        return None  # written by an older publish: the next one is full
    return state


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
    tables = _describe(store)
    rev = int(store.rows("publish_rev")[0]["rev"])
    state = _state(store, tables, rev, _schema(store, tables))
    last = None if full or not target.exists() else _last_state(link)
    if last is not None and last.get("schema") == state["schema"]:
        plan = _plan(store, tables, last, state)
        if not plan.changed():
            return target
    else:
        plan, last = _Plan(full=True), None
    pending = target.with_name(f".{target.name}.publishing")
    _remove(pending)
    try:
        if plan.full:
            _write_copy(store, pending, tables)
        else:
            _update_copy(store, target, pending, tables, plan)
        os.replace(pending, target)
    finally:
        _remove(pending)
    _export_parquet(store, link, tables, plan, state, last)
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
