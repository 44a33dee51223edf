"""Fixtures for the DAG tests: Airflow always runs in a subprocess here.

Airflow reads its configuration once, when first imported, so every test
that needs Airflow starts a fresh Python with its own ``AIRFLOW_HOME``;
the pytest process never imports it and other tests stay unaffected.

* ``dag_report``: the DAGs as a DagBag sees them (parsed with a data folder
  that does not exist, to prove parsing touches nothing).
* ``embedded``: a temporary embedded Airflow (migrated once per session) over
  the sample newsroom, with a real SMTP server on loopback as
  ``smtp_default``; its ``run``/``dag`` methods call ``pipeline.airflow_runner``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from pipeline import airflow_runner
from pipeline.newsroom import serve_newsroom
from pipeline.settings import PROJECT_ROOT

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration"))
from smtp_fixtures import SmtpSink  # shared with the integration tests

DAGS_FOLDER = PROJECT_ROOT / "dags"
SUBSCRIBERS = """\
subscribers:
  - email: desk@example.org
    name: Test desk
    mode: both
    follow_ups: true
    max_age_days: null  # the sample newsroom's decrees are years old
"""

REPORT = r"""
import json, os, sys, time
from airflow.dag_processing.dagbag import DagBag

def describe(bag):
    dags = {}
    for dag_id, dag in bag.dags.items():
        dags[dag_id] = {
            "fileloc": dag.fileloc,
            "tags": sorted(dag.tags),
            "catchup": dag.catchup,
            "timetable": type(dag.timetable).__name__,
            "summary": getattr(dag.timetable, "expression", None),
            "assets": sorted(
                a.uri for a in getattr(getattr(dag.timetable, "asset_condition", None),
                                       "objects", [])
            ),
            "asset_names": sorted(
                a.name for a in getattr(getattr(dag.timetable, "asset_condition", None),
                                        "objects", [])
            ),
            "tasks": {
                t.task_id: {
                    "pool": t.pool,
                    "retries": t.retries,
                    "backoff": t.retry_exponential_backoff,
                    "retry_delay": t.retry_delay.total_seconds(),
                    "trigger_rule": str(t.trigger_rule.value),
                    "outlets": sorted(o.uri for o in t.outlets),
                    "outlet_names": sorted(o.name for o in t.outlets),
                    "upstream": sorted(t.upstream_task_ids),
                    "mapped": bool(getattr(t, "is_mapped", False)),
                }
                for t in dag.tasks
            },
        }
    return dags

started = time.perf_counter()
bag = DagBag(dag_folder=sys.argv[1])
seconds = time.perf_counter() - started
os.environ["PARDONWATCH_SCHEDULE"] = "0 */6 * * *"
os.environ["PARDONWATCH_DIGEST_SCHEDULE"] = "30 5 * * *"
overridden = DagBag(dag_folder=sys.argv[1])
pipeline_modules = sorted(m for m in sys.modules if m.split(".")[0] == "pipeline")
from airflow.sdk import Asset
from pipeline.orchestration import EVENTS_ASSET_URI

print(json.dumps({
    "import_errors": {k: str(v) for k, v in bag.import_errors.items()},
    "dags": describe(bag),
    "overridden": {k: getattr(d.timetable, "expression", None) for k, d in overridden.dags.items()},
    "pipeline_modules": pipeline_modules,
    "events_asset_uri": Asset(EVENTS_ASSET_URI).uri,  # as Airflow normalises it
    "heavy_modules": sorted(m for m in ("duckdb", "trafilatura", "feedparser") if m in sys.modules),
    "parse_seconds": seconds,
}))
"""


def clean_environ(**extra: str) -> dict[str, str]:
    """``os.environ`` without Airflow or PardonWatch variables, plus ``extra``."""
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "PARDONWATCH_"))}
    return {**keep, **extra}


@pytest.fixture(scope="session")
def dag_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Parse ``dags/`` with a DagBag in a fresh process; describe what it found."""
    base = tmp_path_factory.mktemp("dagbag")
    missing = base / "no-such-data-dir"
    environ = clean_environ(
        AIRFLOW_HOME=str(base / "airflow"),
        AIRFLOW__CORE__LOAD_EXAMPLES="False",
        AIRFLOW__CORE__DAGS_FOLDER=str(DAGS_FOLDER),
        PARDONWATCH_DATA_DIR=str(missing),
        PARDONWATCH_FEEDS=str(base / "no-feeds.yaml"),
        PYTHONPATH=str(PROJECT_ROOT),
    )
    done = subprocess.run(
        [sys.executable, "-c", REPORT, str(DAGS_FOLDER)],
        env=environ,
        cwd=base,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    report: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    report["data_dir_created"] = missing.exists()
    return report


@dataclass
class Embedded:
    """An embedded Airflow home and data folder, and the mail the SMTP sink received."""

    base: Path
    env: dict[str, str]
    smtp: SmtpSink
    timings: dict[str, list[float]] = field(default_factory=dict)

    @property
    def db(self) -> Path:
        return Path(self.env["PARDONWATCH_DATA_DIR"]) / "pardonwatch.duckdb"

    def run(self, logical_date: datetime, *, always_alert: bool = False) -> dict[str, Any]:
        """Ingest then alerts with ``dag.test()``, in a subprocess (the demo's path)."""
        started = time.perf_counter()
        result = airflow_runner.run_ingest_then_alerts(
            self.env, logical_date, always_alert=always_alert, timeout=600
        )
        self.timings.setdefault("run", []).append(time.perf_counter() - started)
        return result

    def dag(self, logical_date: datetime, *dag_ids: str) -> list[dict[str, Any]]:
        """Run the given DAGs in order with ``dag.test()`` in one subprocess."""
        started = time.perf_counter()
        done = self._runner("dag", *dag_ids, "--logical-date", logical_date.isoformat())
        self.timings.setdefault("dag", []).append(time.perf_counter() - started)
        runs: list[dict[str, Any]] = json.loads(done.stdout.strip().splitlines()[-1])["runs"]
        return runs

    def counts(self) -> dict[str, int]:
        """Rows per table of the pipeline's DuckDB file (opened read-only)."""
        import duckdb

        tables = ("articles", "detections", "events", "claims", "alerts", "feeds")
        with duckdb.connect(str(self.db), read_only=True) as con:
            return {t: int(con.execute(f"select count(*) from {t}").fetchone()[0]) for t in tables}

    def _runner(self, *args: str) -> subprocess.CompletedProcess[str]:
        environ = {**clean_environ(), **self.env}
        environ.update(airflow_runner.airflow_environment(environ))
        done = subprocess.run(
            [sys.executable, "-m", "pipeline.airflow_runner", *args],
            env=environ,
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert done.stdout.strip(), done.stderr[-4000:]
        return done


@pytest.fixture(scope="session")
def embedded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Embedded]:
    """A migrated embedded Airflow over the sample newsroom and a loopback SMTP server."""
    base = tmp_path_factory.mktemp("embedded")
    subscribers = base / "subscribers.yaml"
    subscribers.write_text(SUBSCRIBERS, encoding="utf-8")
    smtp = SmtpSink().start()
    try:
        with serve_newsroom() as newsroom:
            feeds = newsroom.write_feeds_yaml(base / "feeds.yaml")
            env = {
                airflow_runner.HOME_ENV: str(base / "airflow"),
                "PARDONWATCH_DATA_DIR": str(base / "data"),
                "PARDONWATCH_FEEDS": str(feeds),
                "PARDONWATCH_SUBSCRIBERS": str(subscribers),
                "PARDONWATCH_ALLOW_PRIVATE_NETWORKS": "true",
                "PARDONWATCH_PER_HOST_DELAY": "0",
                "PARDONWATCH_SMTP_HOST": "",
                "AIRFLOW_CONN_SMTP_DEFAULT": (
                    f"smtp://{smtp.host}:{smtp.port}?disable_ssl=true&disable_tls=true"
                    "&from_email=alerts%40example.org"
                ),
            }
            embedded = Embedded(base=base, env=env, smtp=smtp)
            started = time.perf_counter()
            embedded._runner("prepare")
            embedded.timings["prepare"] = [time.perf_counter() - started]
            yield embedded
            print(f"\nembedded Airflow timings (s): {embedded.timings}")
    finally:
        smtp.stop()
