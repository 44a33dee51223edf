"""Email subscribers about new or changed events.

Data-aware: runs whenever ``pardonwatch_ingest`` updates the
``pardonwatch://events`` asset, which it does only when events are new or
changed.  Sending is idempotent per alert (event version and recipient), and
the run id keys the run, so clearing and re-running sends nothing twice.  Mail
goes through the ``smtp_default`` connection when one is defined
(``AIRFLOW_CONN_SMTP_DEFAULT``), else through the ``PARDONWATCH_SMTP_*`` settings
or to the outbox.  The task writes delivery state to DuckDB, so it takes the
one-slot ``duckdb_writer`` pool.  These names live in ``pipeline.orchestration``.
"""

from __future__ import annotations

from typing import Any

from airflow.sdk import Asset, dag, task

from pipeline.orchestration import EVENTS_ASSET_URI, SMTP_CONN_ID, WRITER_POOL, dag_settings

EVENTS = Asset(EVENTS_ASSET_URI)


@dag(
    dag_id="pardonwatch_alerts",
    schedule=[EVENTS],
    doc_md=__doc__,
    **dag_settings(),
)
def pardonwatch_alerts() -> None:
    @task(pool=WRITER_POOL)
    def send_alerts(run_id: str | None = None, dag_run: Any = None) -> dict[str, Any]:
        """Send one email per recipient per new or changed event."""
        from pipeline import tasks

        run_after = getattr(dag_run, "run_after", None)
        now = run_after.isoformat() if run_after else None
        return tasks.send_alerts(str(run_id), now=now, smtp_conn_id=SMTP_CONN_ID)

    send_alerts()


pardonwatch_alerts()
