"""The ``runs`` table: one row per cycle with its counts and errors."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from pipeline.models import RunSummary
from pipeline.store import Store

__all__ = ["add_alerts", "get_run", "recent_runs", "save_run"]


def save_run(store: Store, summary: RunSummary, *, kind: str) -> None:
    row: dict[str, Any] = dataclasses.asdict(summary)
    row["kind"] = kind
    row["errors"] = list(summary.errors)
    store.run("runs_upsert", {"runs": [row]})


def recent_runs(store: Store, limit: int = 20) -> list[dict[str, Any]]:
    return store.rows("runs_recent", {"limit": limit})


def get_run(store: Store, run_id: str) -> dict[str, Any] | None:
    rows = store.rows("runs_one", {"run_id": run_id})
    return rows[0] if rows else None


def add_alerts(
    store: Store,
    run_id: str,
    *,
    sent: int,
    failed: int,
    errors: Sequence[str],
    started_at: datetime,
    finished_at: datetime,
) -> None:
    """Count one alert delivery in the run ``run_id`` (created when missing)."""
    store.run(
        "runs_add_alerts",
        {
            "run_id": run_id,
            "sent": sent,
            "failed": failed,
            "errors": list(errors),
            "started_at": started_at,
            "finished_at": finished_at,
        },
    )
