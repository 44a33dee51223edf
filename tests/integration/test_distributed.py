"""The compose topology without Docker: Airflow components as separate processes.

The api-server, scheduler, dag-processor and a Celery worker start as four
process groups against PostgreSQL (a fresh database, dropped at the end) and
Redis (a dedicated database number, flushed before and after), with a
temporary AIRFLOW_HOME and data folder.  DAGs start paused; the test unpauses
``pardonwatch_alerts`` and ``pardonwatch_ingest`` through the REST API, so the
scheduler starts the ingest DAG's latest daily run (catchup is off) over the
sample newsroom; then it waits for that run and for the ``pardonwatch_alerts``
run the scheduler starts from the events asset, and checks the events in
DuckDB and the emails a real SMTP server on loopback received through
``smtp_default``.

It runs whenever PostgreSQL (127.0.0.1:5432, trust auth, user postgres or root,
database ``test``) and Redis (127.0.0.1:6379) answer, and skips otherwise.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import ExitStack, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import pytest
from smtp_fixtures import SmtpSink

from pipeline.newsroom import serve_newsroom
from pipeline.settings import PROJECT_ROOT

pytestmark = pytest.mark.slow

PG_HOST, PG_PORT, PG_ADMIN_DB = "127.0.0.1", 5432, "test"
REDIS_HOST, REDIS_PORT, REDIS_DB = "127.0.0.1", 6379, 13
SUBSCRIBERS = """\
subscribers:
  - email: desk@example.org
    mode: instant
    follow_ups: true
    max_age_days: null  # the sample newsroom's decrees are years old
"""
T = TypeVar("T")


def answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def postgres_user() -> str | None:
    import psycopg2

    for user in ("postgres", "root"):
        try:
            psycopg2.connect(
                host=PG_HOST, port=PG_PORT, user=user, dbname=PG_ADMIN_DB, connect_timeout=3
            ).close()
            return user
        except psycopg2.Error:
            continue
    return None


def wait_for(what: str, probe: Callable[[], T | None], timeout: float, logs: Path) -> T:
    """Call ``probe`` until it returns something; fail with the process logs' tails."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = probe()
        if value is not None:
            return value
        time.sleep(1)
    pytest.fail(f"timed out after {timeout:.0f}s waiting for {what}\n{log_tails(logs)}")


def log_tails(logs: Path, lines: int = 25) -> str:
    out = []
    for path in sorted(logs.glob("*.log")):
        tail = path.read_text("utf-8", "replace").splitlines()[-lines:]
        out.append(f"--- {path.name} ---\n" + "\n".join(tail))
    return "\n".join(out)


@dataclass
class Cluster:
    """Four Airflow processes, the database they share, and how to reach them."""

    env: dict[str, str]
    api: str
    logs: Path
    data_dir: Path
    database: str
    pg_user: str
    smtp: SmtpSink
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    token: str = ""

    def airflow(self, *args: str, timeout: float = 180) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "airflow", *args],
            env=self.env,
            cwd=self.logs,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        assert done.returncode == 0, f"airflow {' '.join(args)}:\n{done.stderr[-3000:]}"

    def start(self, name: str, *args: str) -> None:
        log = (self.logs / f"{name}.log").open("wb")
        self.processes[name] = subprocess.Popen(
            [sys.executable, "-m", "airflow", *args],
            env=self.env,
            cwd=self.logs,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()

    def stop(self) -> None:
        """SIGINT each process group, then SIGTERM, then SIGKILL whatever is left."""
        for sig, grace in ((signal.SIGINT, 15.0), (signal.SIGTERM, 10.0), (signal.SIGKILL, 5.0)):
            alive = [p for p in self.processes.values() if p.poll() is None]
            for process in alive:
                with suppress(ProcessLookupError):
                    os.killpg(process.pid, sig)
            deadline = time.monotonic() + grace
            for process in alive:
                with suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=max(0.1, deadline - time.monotonic()))
        # the groups' children (task supervisors, gunicorn/uvicorn workers) go too
        for process in self.processes.values():
            with suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)

    def died(self) -> str | None:
        dead = [n for n, p in self.processes.items() if p.poll() is not None]
        return f"{dead} exited\n{log_tails(self.logs)}" if dead else None

    def request(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        headers = {"Content-Type": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        request = urllib.request.Request(
            self.api + path,
            data=None if body is None else json.dumps(body).encode(),
            headers=headers,
            method=method,
        )
        with urllib.request.urlopen(request, timeout=20) as response:
            return json.loads(response.read() or b"null")

    def query(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        import psycopg2

        with (
            psycopg2.connect(
                host=PG_HOST, port=PG_PORT, user=self.pg_user, dbname=self.database
            ) as con,
            con.cursor() as cur,
        ):
            cur.execute(sql, params)
            return list(cur.fetchall())


@pytest.fixture
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    if not answers(PG_HOST, PG_PORT):
        pytest.skip(f"PostgreSQL does not answer on {PG_HOST}:{PG_PORT}")
    if not answers(REDIS_HOST, REDIS_PORT):
        pytest.skip(f"Redis does not answer on {REDIS_HOST}:{REDIS_PORT}")
    pg_user = postgres_user()
    if pg_user is None:
        pytest.skip(f"PostgreSQL on {PG_HOST}:{PG_PORT} accepts neither postgres nor root")

    import psycopg2
    import redis

    database = f"pardonwatch_airflow_{secrets.token_hex(4)}"
    admin = psycopg2.connect(host=PG_HOST, port=PG_PORT, user=pg_user, dbname=PG_ADMIN_DB)
    admin.autocommit = True
    broker = redis.Redis(host=REDIS_HOST, port=REDIS_PORT, db=REDIS_DB)
    with ExitStack() as stack:
        with admin.cursor() as cur:
            cur.execute(f'create database "{database}"')

        def drop_database() -> None:
            with admin.cursor() as cur:
                cur.execute(
                    "select pg_terminate_backend(pid) from pg_stat_activity where datname = %s",
                    (database,),
                )
                cur.execute(f'drop database if exists "{database}"')
            admin.close()

        stack.callback(drop_database)
        broker.flushdb()
        stack.callback(broker.flushdb)

        smtp = SmtpSink().start()
        stack.callback(smtp.stop)
        newsroom = stack.enter_context(serve_newsroom())
        feeds = newsroom.write_feeds_yaml(tmp_path / "feeds.yaml")
        subscribers = tmp_path / "subscribers.yaml"
        subscribers.write_text(SUBSCRIBERS, encoding="utf-8")
        logs = tmp_path / "logs"
        logs.mkdir()
        api_port = free_port()
        metadata = f"postgresql+psycopg2://{pg_user}@{PG_HOST}:{PG_PORT}/{database}"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "PARDONWATCH_"))}
        env.update(
            {
                "AIRFLOW_HOME": str(tmp_path / "airflow"),
                "AIRFLOW__CORE__DAGS_FOLDER": str(PROJECT_ROOT / "dags"),
                "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
                "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
                "AIRFLOW__CORE__PARALLELISM": "4",
                "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True",
                "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "True",
                "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{api_port}/execution/",
                "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": metadata,
                "AIRFLOW__CELERY__BROKER_URL": f"redis://{REDIS_HOST}:{REDIS_PORT}/{REDIS_DB}",
                # a queue of this run's own: a worker left running by an interrupted
                # run on the same Redis would otherwise take this run's tasks
                "AIRFLOW__OPERATORS__DEFAULT_QUEUE": f"pardonwatch-{secrets.token_hex(4)}",
                "AIRFLOW__CELERY__RESULT_BACKEND": "db+" + metadata,
                "AIRFLOW__CELERY__WORKER_CONCURRENCY": "2",
                "AIRFLOW__API__HOST": "127.0.0.1",
                "AIRFLOW__API__PORT": str(api_port),
                "AIRFLOW__API__WORKERS": "1",
                "AIRFLOW__API__SECRET_KEY": secrets.token_urlsafe(24),
                "AIRFLOW__API_AUTH__JWT_SECRET": secrets.token_urlsafe(32),
                "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port()),
                "AIRFLOW__SCHEDULER__SCHEDULER_IDLE_SLEEP_TIME": "0.5",
                "PARDONWATCH_DATA_DIR": str(tmp_path / "data"),
                "PARDONWATCH_FEEDS": str(feeds),
                "PARDONWATCH_SUBSCRIBERS": str(subscribers),
                "PARDONWATCH_ALLOW_PRIVATE_NETWORKS": "true",
                "PARDONWATCH_PER_HOST_DELAY": "0",
                "AIRFLOW_CONN_SMTP_DEFAULT": (
                    f"smtp://{smtp.host}:{smtp.port}?disable_ssl=true&disable_tls=true"
                    "&from_email=alerts%40example.org"
                ),
            }
        )
        cluster = Cluster(
            env=env,
            api=f"http://127.0.0.1:{api_port}",
            logs=logs,
            data_dir=tmp_path / "data",
            database=database,
            pg_user=pg_user,
            smtp=smtp,
        )
        stack.callback(cluster.stop)
        yield cluster


def test_ingest_then_asset_triggered_alerts_across_separate_processes(cluster: Cluster) -> None:
    started = time.monotonic()
    cluster.airflow("db", "migrate")
    # DAGs start paused, so nothing runs before the api-server (execution API) answers
    cluster.start("api-server", "api-server")
    cluster.start("dag-processor", "dag-processor")
    cluster.start("scheduler", "scheduler")
    cluster.start("worker", "celery", "worker")
    cluster.airflow("pools", "set", "duckdb_writer", "1", "One DuckDB writer at a time")

    def api_healthy() -> bool | None:
        if (problem := cluster.died()) is not None:
            pytest.fail(problem)
        try:
            health = cluster.request("GET", "/api/v2/monitor/health")
        except (urllib.error.URLError, OSError):
            return None
        return True if health["metadatabase"]["status"] == "healthy" else None

    wait_for("the api-server", api_healthy, 120, cluster.logs)
    cluster.token = cluster.request("GET", "/auth/token")["access_token"]

    def dags_parsed() -> bool | None:
        if (problem := cluster.died()) is not None:
            pytest.fail(problem)
        found = cluster.query("select count(*) from dag where dag_id like 'pardonwatch_%%'")
        return True if found[0][0] == 3 else None

    wait_for("the dag-processor to serialize the DAGs", dags_parsed, 120, cluster.logs)
    for dag_id in ("pardonwatch_alerts", "pardonwatch_ingest"):
        cluster.request("PATCH", f"/api/v2/dags/{dag_id}", {"is_paused": False})

    def finished(dag_id: str) -> Callable[[], str | None]:
        def probe() -> str | None:
            if (problem := cluster.died()) is not None:
                pytest.fail(problem)
            rows = cluster.query(
                "select run_id, state from dag_run where dag_id = %s order by id", dag_id
            )
            states = [state for _, state in rows]
            if any(state == "failed" for state in states):
                pytest.fail(f"{dag_id} failed: {rows}\n{log_tails(cluster.logs)}")
            return rows[-1][0] if states and states[-1] == "success" else None

        return probe

    ingest_run = wait_for("pardonwatch_ingest", finished("pardonwatch_ingest"), 150, cluster.logs)
    alerts_run = wait_for("pardonwatch_alerts", finished("pardonwatch_alerts"), 90, cluster.logs)
    elapsed = time.monotonic() - started

    # the writer tasks ran in the pool, the mapped one once per group of staged batches
    tis = cluster.query(
        "select task_id, map_index, state, pool, hostname from task_instance"
        " where dag_id = 'pardonwatch_ingest' and run_id = %s",
        ingest_run,
    )
    states = {(task, index): state for task, index, state, _, _ in tis}
    assert states[("announce", -1)] == "success"
    assert sum(1 for task, index in states if task == "fetch_extract" and index >= 0) >= 1
    assert {pool for task, _, _, pool, _ in tis if task in {"poll", "load", "publish"}} == {
        "duckdb_writer"
    }
    assert all(hostname for *_, hostname in tis)
    run_types = cluster.query(
        "select run_type from dag_run where dag_id = 'pardonwatch_alerts' and run_id = %s",
        alerts_run,
    )
    assert run_types == [("asset_triggered",)]

    # events in DuckDB, one email per event through smtp_default
    import duckdb

    with duckdb.connect(str(cluster.data_dir / "pardonwatch.duckdb"), read_only=True) as con:
        events = con.execute("select count(*) from events").fetchone()[0]
        sent = con.execute("select count(*) from alerts where status = 'sent'").fetchone()[0]
    received = cluster.smtp.received
    assert events > 0
    assert sent > 0 and len(received) == sent
    assert {r.rcpt_tos[0] for r in received} == {"desk@example.org"}
    print(f"\ndistributed run: {events} events, {len(received)} emails, {elapsed:.0f}s")
