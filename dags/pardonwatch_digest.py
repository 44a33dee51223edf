"""Send the daily digest of events to subscribers who asked for one.

Schedule: ``PARDONWATCH_DIGEST_SCHEDULE`` (cron, default ``0 7 * * *``), read
from the environment when the file is parsed.  A run reports the last complete
UTC day before its data interval ends (the 07:00 run of 22 November reports
21 November), so clearing or re-running a run sends nothing twice: digests are
recorded once per day and subscriber.
Mail goes through the ``smtp_default`` connection when one is defined, else
through the ``PARDONWATCH_SMTP_*`` settings or to the outbox.  The task writes
delivery state to DuckDB, so it takes the ``duckdb_writer`` pool.  These names live
in ``pipeline.orchestration``.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from typing import Any

from airflow.sdk import dag, task

from pipeline.orchestration import DIGEST_SCHEDULE, SMTP_CONN_ID, WRITER_POOL, dag_settings


@dag(
    dag_id="pardonwatch_digest",
    schedule=os.environ.get("PARDONWATCH_DIGEST_SCHEDULE", DIGEST_SCHEDULE),
    doc_md=__doc__,
    **dag_settings(),
)
def pardonwatch_digest() -> None:
    @task(pool=WRITER_POOL)
    def send_digest(
        data_interval_end: datetime | None = None, dag_run: Any = None
    ) -> dict[str, Any]:
        """Email the digest of the last complete day before the run."""
        from pipeline import tasks

        moment = data_interval_end or dag_run.run_after
        day = (moment - timedelta(days=1)).date()
        return tasks.send_digest(day.isoformat(), now=moment.isoformat(), smtp_conn_id=SMTP_CONN_ID)

    send_digest()


pardonwatch_digest()
