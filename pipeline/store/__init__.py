"""The only part of PardonWatch that talks to DuckDB.

``Store`` owns one connection, applies the ordered migrations in
``sql/schema/`` and runs named statements from ``sql/statements/``.  The
submodules group the reads and writes by noun (feeds, articles, runs, events,
alerts); each takes a ``Store`` and plain data and returns plain data.

DuckDB lets one process hold a file read-write, or many hold it read-only,
never both.  Writers therefore keep transactions short and ``Store.open``
retries for a while when another process holds the lock.  Analysts read the
published copy (``pipeline.store.publish``), never the live file.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from pipeline.settings import PROJECT_ROOT

__all__ = ["SQL_DIR", "Store", "StoreError", "load_sql"]

SQL_DIR = PROJECT_ROOT / "sql"
# DuckDB's buffer pool for the working database (it spills to disk beyond it)
MEMORY_LIMIT = "256MB"
_MIGRATION = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


class StoreError(RuntimeError):
    """The database file cannot be opened, migrated or written."""


def load_sql(relative: str) -> str:
    """Read one SQL file below ``sql/`` (e.g. ``statements/feeds_upsert.sql``)."""
    path = SQL_DIR / relative
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise StoreError(f"missing SQL file {path}") from exc


def _is_lock_error(exc: BaseException) -> bool:
    return isinstance(exc, duckdb.IOException) and "lock" in str(exc).lower()


def _connect(target: str, *, read_only: bool, lock_timeout: float) -> duckdb.DuckDBPyConnection:
    """``duckdb.connect``, retried with back-off for up to ``lock_timeout``
    seconds while another process holds the file's lock."""
    try:
        return duckdb.connect(target, read_only=read_only)
    except duckdb.Error as exc:
        if not _is_lock_error(exc):
            raise
    # tenacity (and the asyncio it loads) only when the file is held: 40 ms otherwise
    from tenacity import Retrying, retry_if_exception, stop_after_delay, wait_exponential

    for attempt in Retrying(
        retry=retry_if_exception(_is_lock_error),
        stop=stop_after_delay(lock_timeout),
        wait=wait_exponential(multiplier=0.05, max=2.0),
        reraise=True,
    ):
        with attempt:
            return duckdb.connect(target, read_only=read_only)
    raise AssertionError("unreachable: Retrying re-raises the last error")  # pragma: no cover


class Store:
    """One DuckDB connection plus the project's statements."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path | None) -> None:
        self.con = con
        self.path = path
        self._statements: dict[str, str] = {}

    # -- opening -------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: Path | str | None,
        *,
        read_only: bool = False,
        migrate: bool = True,
        lock_timeout: float = 60.0,
        create: bool = True,
    ) -> Store:
        """Open (and by default migrate) ``path``; ``None`` means in memory.

        With ``read_only`` or ``create=False`` a missing file is a ``StoreError``
        naming it, and nothing is created (no file, no folder).  When another
        process holds the file, retry with back-off for up to ``lock_timeout``
        seconds, then raise ``StoreError`` naming the file.
        """
        target = ":memory:" if path is None else str(path)
        if path is not None and (read_only or not create) and not Path(path).is_file():
            raise StoreError(
                f"no database at {path} (check --db or PARDONWATCH_DB;"
                " `pardonwatch run` or `pardonwatch import` creates one)"
            )
        if path is not None and not read_only:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        try:
            con = _connect(target, read_only=read_only, lock_timeout=lock_timeout)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open database {target}: {exc}") from exc
        con.execute("set TimeZone = 'UTC'")
        if path is not None and not read_only:
            # DuckDB caches up to 80 % of the machine's memory by default: bounded
            # here, the pipeline's memory does not grow with the archive it scans
            con.execute(f"set memory_limit = '{MEMORY_LIMIT}'")
        store = cls(con, None if path is None else Path(path))
        if migrate and not read_only:
            store.migrate()
        return store

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- migrations ----------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply the migrations not yet recorded; return their file names."""
        self.con.execute(
            "create table if not exists schema_migrations ("
            " version integer primary key, name varchar not null,"
            " applied_at timestamptz not null)"
        )
        done = {
            row[0] for row in self.con.execute("select version from schema_migrations").fetchall()
        }
        applied = []
        for path in sorted((SQL_DIR / "schema").glob("*.sql")):
            match = _MIGRATION.match(path.name)
            if not match:
                raise StoreError(f"migration file name not understood: {path.name}")
            version = int(match.group(1))
            if version in done:
                continue
            with self.transaction():
                self.con.execute(path.read_text(encoding="utf-8"))
                self.con.execute(
                    "insert into schema_migrations values (?, ?, ?)",
                    [version, path.name, datetime.now(UTC)],
                )
            applied.append(path.name)
        # a changed view file reaches every database; unchanged ones are not
        # recreated at every open (the digest of the files is kept in views_state)
        digest = hashlib.sha256(
            b"".join(p.read_bytes() for p in sorted((SQL_DIR / "views").glob("*.sql")))
        ).hexdigest()
        row = self.run("views_state_get").fetchone()
        if applied or row is None or row[0] != digest:
            self.create_views()
            self.run("views_state_set", {"digest": digest})
        return applied

    def create_views(self) -> None:
        """(Re)create every view in ``sql/views/`` in file-name order, in one
        transaction (one commit to disk instead of one per view: 0.5 s less)."""
        with self.transaction():
            for path in sorted((SQL_DIR / "views").glob("*.sql")):
                self.con.execute(path.read_text(encoding="utf-8"))

    # -- statements ----------------------------------------------------
    def statement(self, name: str) -> str:
        if name not in self._statements:
            self._statements[name] = load_sql(f"statements/{name}.sql")
        return self._statements[name]

    def run(
        self, name: str, params: Sequence[Any] | Mapping[str, Any] | None = None
    ) -> duckdb.DuckDBPyConnection:
        """Execute the named statement from ``sql/statements/``."""
        return self.con.execute(self.statement(name), params)

    def rows(
        self, name: str, params: Sequence[Any] | Mapping[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """Run a named query and return its rows as dictionaries."""
        cur = self.run(name, params)
        columns = [d[0] for d in cur.description or ()]
        return [dict(zip(columns, row, strict=True)) for row in cur.fetchall()]

    def query(
        self, sql: str, params: Sequence[Any] | Mapping[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """Run ad-hoc SQL (the analyst's ``pardonwatch sql``) and return dict rows."""
        cur = self.con.execute(sql, params)
        columns = [d[0] for d in cur.description or ()]
        return [dict(zip(columns, row, strict=True)) for row in cur.fetchall()]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.con.execute("begin transaction")
        try:
            yield
        except BaseException:
            self.con.execute("rollback")
            raise
        self.con.execute("commit")

    def counts(self, tables: Sequence[str]) -> dict[str, int]:
        """Row counts of ``tables`` (used by run summaries and idempotence tests)."""
        out = {}
        for table in tables:
            if not re.fullmatch(r"[a-z_]+", table):
                raise StoreError(f"not a table name: {table!r}")
            out[table] = int(self.con.execute(f"select count(*) from {table}").fetchone()[0])  # type: ignore[index]
        return out
