"""The ``runs`` table: one row per cycle with its counts and errors."""

from __future__ import annotations

import dataclasses
from typing import Any

from pipeline.models import RunSummary
from pipeline.store import Store

__all__ = ["recent_runs", "save_run"]


def save_run(store: Store, summary: RunSummary, *, kind: str) -> None:
    row: dict[str, Any] = dataclasses.asdict(summary)
    row["kind"] = kind
    row["errors"] = list(summary.errors)
    store.run("runs_upsert", {"runs": [row]})


def recent_runs(store: Store, limit: int = 20) -> list[dict[str, Any]]:
    return store.rows("runs_recent", {"limit": limit})
