"""Poll the feeds, fetch and read the new pages, store and cluster the decrees.

poll -> plan -> fetch_extract (mapped per group of staged batches: one
shared HTTP client for all hosts of a group, extraction overlapping the
network) -> load -> publish, and load -> announce, which updates the ``pardonwatch://events``
asset (and so starts ``pardonwatch_alerts``) only when events are new or changed.

This file only wires tasks: nothing here reads settings, files or the network
at parse time, and ``pipeline.tasks`` is imported inside each task body; the
asset URI, pool and default args shared with the other DAGs are plain constants
in ``pipeline.orchestration``.  XCom carries paths of staged files, never their
contents.

Schedule: ``PARDONWATCH_SCHEDULE`` (cron or preset, default ``@daily``), read
from the environment when the file is parsed; give every Airflow process the
same value.  Every writer of the DuckDB file runs in the one-slot pool
``duckdb_writer``; poll is one of them because it stores each feed's state.
"""

from __future__ import annotations

import os
from datetime import datetime
from typing import Any

from airflow.sdk import Asset, dag, task
from airflow.sdk.exceptions import AirflowSkipException

from pipeline.orchestration import EVENTS_ASSET_URI, INGEST_SCHEDULE, WRITER_POOL, dag_settings

EVENTS = Asset(EVENTS_ASSET_URI)


def run_key(
    run_id: str | None, start: datetime | None, end: datetime | None
) -> tuple[str, str | None]:
    """The idempotence key of one run and its ``now``: the data interval when there is one.

    Clearing a task, or re-running the DAG for the same logical date, gives the same key,
    so nothing is stored or sent twice.  Runs without a data interval (triggered without
    a logical date) fall back to the run id, which is also stable across retries.
    """
    if start is None or end is None:
        return str(run_id), None
    key = end.isoformat() if start == end else f"{start.isoformat()}--{end.isoformat()}"
    return key, end.isoformat()


@dag(
    dag_id="pardonwatch_ingest",
    schedule=os.environ.get("PARDONWATCH_SCHEDULE", INGEST_SCHEDULE),
    doc_md=__doc__,
    **dag_settings(),
)
def pardonwatch_ingest() -> None:
    @task(pool=WRITER_POOL)
    def poll(
        run_id: str | None = None,
        data_interval_start: datetime | None = None,
        data_interval_end: datetime | None = None,
    ) -> list[str]:
        """Poll the due feeds; return the paths of the staged entry batches."""
        from pipeline import tasks

        key, now = run_key(run_id, data_interval_start, data_interval_end)
        return tasks.poll(key, now=now)

    @task
    def plan(batches: list[str]) -> list[list[str]]:
        """Group the staged batches: one fetch task per group."""
        from pipeline import tasks

        return tasks.fetch_groups(batches)

    @task
    def fetch_extract(batches: list[str]) -> list[str]:
        """Fetch the pages of a group of batches through one client (pages of all
        hosts at once, extraction as they arrive); return the staged articles files."""
        from pipeline import tasks

        return tasks.fetch_extract(batches)

    @task(pool=WRITER_POOL, trigger_rule="none_failed")
    def load(
        articles: list[list[str]],
        run_id: str | None = None,
        data_interval_start: datetime | None = None,
        data_interval_end: datetime | None = None,
    ) -> dict[str, Any]:
        """Store the articles and cluster them into events (the DuckDB writer)."""
        from pipeline import tasks

        key, now = run_key(run_id, data_interval_start, data_interval_end)
        # one slice request for the mapped results (iterating probes one index past the end)
        staged = [path for group in (articles[:] if articles else []) for path in group]
        return tasks.load(key, staged, now=now)

    @task(pool=WRITER_POOL)
    def publish() -> str:
        """Refresh the analysts' read-only copy of the database."""
        from pipeline import tasks

        return tasks.publish()

    @task(outlets=[EVENTS])
    def announce(loaded: dict[str, Any]) -> dict[str, list[str]]:
        """Update the events asset, but only when events are new or changed."""
        changed = {
            "events_new": list(loaded.get("events_new") or []),
            "events_updated": list(loaded.get("events_updated") or []),
        }
        if not (changed["events_new"] or changed["events_updated"]):
            raise AirflowSkipException("no event is new or changed: the events asset stays as is")
        return changed

    batches = poll()
    articles = fetch_extract.expand(batches=plan(batches))
    loaded = load(articles)
    loaded >> publish()
    announce(loaded)


pardonwatch_ingest()
