"""Names the DAGs, the embedded runner and the docs must agree on, in one place.

Plain values with no Airflow import: the DAG files import this module when
they are parsed, so it must stay this small (the DAG integrity tests check
that parsing imports nothing else from ``pipeline``).

``EVENTS_ASSET_URI``
    The asset ``pardonwatch_ingest`` updates when events are new or changed
    and ``pardonwatch_alerts`` is scheduled on.
``WRITER_POOL``
    The one-slot pool every task that writes the DuckDB file runs in.
``SMTP_CONN_ID``
    The Airflow connection alerts and digests are sent through, when defined.
``default_args()``
    The tasks' ``default_args``: 3 retries, exponential back-off from 1 minute
    up to 30.
``dag_settings()``
    What every PardonWatch DAG shares (start date, no catch-up, one run at a
    time, tag, ``default_args``); each DAG adds its id, schedule and docs.
``INGEST_SCHEDULE``, ``DIGEST_SCHEDULE``
    The default schedules (``PARDONWATCH_SCHEDULE`` and
    ``PARDONWATCH_DIGEST_SCHEDULE`` override them, in the DAGs and in Settings).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

__all__ = [
    "DIGEST_SCHEDULE",
    "EVENTS_ASSET_URI",
    "INGEST_SCHEDULE",
    "SMTP_CONN_ID",
    "WRITER_POOL",
    "WRITER_POOL_DESCRIPTION",
    "dag_settings",
    "default_args",
]

EVENTS_ASSET_URI = "pardonwatch://events"
WRITER_POOL = "duckdb_writer"
WRITER_POOL_DESCRIPTION = "One writer of the PardonWatch DuckDB file at a time"
SMTP_CONN_ID = "smtp_default"
INGEST_SCHEDULE = "@daily"
DIGEST_SCHEDULE = "0 7 * * *"


def default_args() -> dict[str, Any]:
    """A fresh ``default_args`` dict for one DAG (a new dict each call, so none is shared)."""
    return {
        "owner": "pardonwatch",
        "retries": 3,
        "retry_delay": timedelta(minutes=1),
        "retry_exponential_backoff": 2.0,
        "max_retry_delay": timedelta(minutes=30),
    }


def dag_settings() -> dict[str, Any]:
    """The ``@dag`` arguments every PardonWatch DAG shares (a new dict each call)."""
    return {
        "start_date": datetime(2026, 1, 1),
        "catchup": False,
        "max_active_runs": 1,
        "default_args": default_args(),
        "tags": ["pardonwatch"],
    }
