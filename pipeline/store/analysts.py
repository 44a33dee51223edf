"""The analysts' connection: read-only, shut off from files, extensions and settings.

``pardonwatch sql`` runs whatever SQL an analyst types, so the connection it
runs on can do nothing but read the one database it opened:

- the file is opened read-only: no ``INSERT``, ``DELETE``, ``CREATE``...;
- ``enable_external_access = false``: no file is read or written outside it
  (``COPY ... TO``, ``EXPORT DATABASE``, ``read_csv``, ``read_text``,
  ``read_parquet``, ``glob``...), no other database is attached, no extension
  is installed or loaded;
- ``lock_configuration = true``: no ``SET``/``RESET``/``PRAGMA`` changes a
  setting, so the two above cannot be switched back within the connection.

The Parquet export analysts also get is written by ``publish`` on the
pipeline's own connection, never on this one.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb

from pipeline.store import Store, StoreError
from pipeline.store.publish import open_published

__all__ = ["LOCKDOWN", "REFUSED", "open_for_analysts", "query_table"]

LOCKDOWN = ("set enable_external_access = false", "set lock_configuration = true")
REFUSED = (
    "pardonwatch sql only reads the database it opened: it does not read or write "
    "other files, attach databases, install or load extensions, change settings, "
    "or modify data"
)


def open_for_analysts(path: Path, *, lock_timeout: float = 5.0) -> Store:
    """Open ``path`` read-only and lock the connection down (see the module doc)."""
    store = open_published(path, lock_timeout=lock_timeout)
    try:
        for statement in LOCKDOWN:
            store.con.execute(statement)
    except duckdb.Error as exc:
        store.close()
        raise StoreError(f"cannot lock down the connection to {path}: {exc}") from exc
    return store


def _refusal(exc: duckdb.Error) -> bool:
    text = str(exc)
    return (
        isinstance(exc, duckdb.PermissionException)
        or "configuration has been locked" in text
        or "read-only mode" in text
    )


def query_table(
    store: Store, sql: str, params: Sequence[Any] | None = None
) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run an analyst's query; return its column names and rows (columns kept
    even when no row matches).  A refused statement says so and why."""
    try:
        cursor = store.con.execute(sql, params)
        columns = [d[0] for d in cursor.description or ()]
        return columns, [tuple(row) for row in cursor.fetchall()]
    except duckdb.Error as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if _refusal(exc):
            raise StoreError(f"query refused: {REFUSED} (DuckDB: {first})") from exc
        raise StoreError(f"query failed: {first}") from exc
