"""Run the PardonWatch DAGs on one machine with no Airflow set up beforehand.

The embedded default: a project-local Airflow home (``<project root>/.airflow``,
or ``PARDONWATCH_AIRFLOW_HOME``) holding a SQLite metadata database, the repo's
``dags/`` folder as the DAGs folder, no example DAGs, the LocalExecutor.  The
database is migrated on the first start (about 3 s) and only checked on later
starts; the one-slot pool ``duckdb_writer`` is created every time (cheap,
idempotent; its name comes from ``pipeline.orchestration``, as the DAGs').  Then
``pardonwatch_ingest`` runs with ``dag.test()`` for the given logical date and,
when it updated the events asset (``orchestration.EVENTS_ASSET_URI``),
``pardonwatch_alerts`` runs the same way: ``dag.test()`` records asset events
but does not start the DAGs scheduled on them, so this module plays the
scheduler's part.

Airflow reads its configuration once, when it is first imported, so the
variables must be in ``os.environ`` before that.  Hence two entry points:

``run_ingest_then_alerts(env, logical_date) -> dict``
    For callers that live in a process of their own (``pardonwatch demo``):
    starts ``python -m pipeline.airflow_runner run`` in a subprocess with
    ``os.environ``, then ``env`` (``PARDONWATCH_*`` settings such as the feeds
    file), then the Airflow variables of :func:`airflow_environment`; the child
    prints one JSON document on stdout and its logs go to
    ``<airflow home>/logs/embedded.log``.  Raises :class:`RunnerError` when the
    child produced no result (the message ends with the log's last lines).

``run_here(logical_date) -> dict``
    Does the same work in this process; call :func:`configure` first, before
    anything imports ``airflow``.

Both return::

    {"airflow_home": str, "logical_date": str,
     "ingest": RUN, "alerts": RUN | None,
     "alerts_skipped": None | "why alerts did not run"}

where ``RUN`` is ``{"dag_id", "run_id", "state", "logical_date", "tasks",
"results", "asset_events"}``: ``tasks`` maps each task id to its state (a list
of states for a mapped task), ``results`` maps it to its XCom return value
(``load`` -> ``{"new_articles", "events_new", "events_updated"}``,
``send_alerts`` -> counts and outbox paths), and ``asset_events`` counts the
asset events the run emitted.

From a shell::

    python -m pipeline.airflow_runner run [--logical-date ISO] [--always-alert]
    python -m pipeline.airflow_runner dag DAG_ID... [--logical-date ISO]
    python -m pipeline.airflow_runner prepare      # migrate + pool only
    eval "$(python -m pipeline.airflow_runner env)"  # same home for `airflow ...`
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.orchestration import WRITER_POOL, WRITER_POOL_DESCRIPTION
from pipeline.settings import PROJECT_ROOT, Settings, env_name

__all__ = [
    "DAGS_FOLDER",
    "HOME_ENV",
    "WRITER_POOL",
    "RunnerError",
    "airflow_environment",
    "configure",
    "main",
    "prepare",
    "run_dag",
    "run_here",
    "run_ingest_then_alerts",
]

DAGS_FOLDER = PROJECT_ROOT / "dags"
HOME_ENV = env_name("airflow_home")
INGEST_DAG = "pardonwatch_ingest"
ALERTS_DAG = "pardonwatch_alerts"
MARKER = "pardonwatch-db.json"
LOG_NAME = "embedded.log"


class RunnerError(RuntimeError):
    """The embedded Airflow could not be prepared or produced no result."""


def airflow_environment(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """The Airflow variables of the embedded default, given the caller's environment.

    The home, DAGs folder, metadata database, executor and examples switch are
    always set; parallelism (4) and unpaused new DAGs are defaults that ``env``
    may override.
    """
    env = os.environ if env is None else env
    home = Settings.from_env(env).airflow_home.expanduser().resolve()
    return {
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": str(DAGS_FOLDER),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home / 'airflow.db'}",
        "AIRFLOW__CORE__PARALLELISM": env.get("AIRFLOW__CORE__PARALLELISM", "4"),
        "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": env.get(
            "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION", "False"
        ),
    }


def configure(env: Mapping[str, str] | None = None) -> Path:
    """Put the embedded Airflow variables into ``os.environ``; return the home.

    Must run before ``airflow`` is imported: Airflow reads its configuration once.
    """
    wanted = airflow_environment({**os.environ, **(env or {})})
    if "airflow" in sys.modules and os.environ.get("AIRFLOW_HOME") != wanted["AIRFLOW_HOME"]:
        raise RunnerError(
            "airflow was imported before the embedded settings were applied; "
            "use run_ingest_then_alerts(), which starts a fresh process"
        )
    os.environ.update(env or {})
    os.environ.update(wanted)
    home = Path(wanted["AIRFLOW_HOME"])
    (home / "logs").mkdir(parents=True, exist_ok=True)
    return home


def prepare() -> dict[str, Any]:
    """Migrate the metadata database unless it is already at head; create the pool."""
    import airflow
    from airflow import settings
    from airflow.models.pool import Pool
    from airflow.utils import db
    from airflow.utils.session import create_session

    marker = Path(os.environ["AIRFLOW_HOME"]) / MARKER
    stamp = {"airflow": airflow.__version__, "sql_alchemy_conn": settings.SQL_ALCHEMY_CONN}
    with create_session() as session:
        current = db._get_current_revision(session)
    recorded = json.loads(marker.read_text()) if marker.exists() else {}
    migrated = False
    if not current or recorded != {**stamp, "revision": current}:
        head = db._get_script_object().get_current_head()
        if current != head:
            db.upgradedb()
            migrated = True
        marker.write_text(json.dumps({**stamp, "revision": head}))
    Pool.create_or_update_pool(
        WRITER_POOL, slots=1, description=WRITER_POOL_DESCRIPTION, include_deferred=False
    )
    return {"migrated": migrated, "pool": WRITER_POOL}


def run_dag(dag_id: str, logical_date: datetime, *, retries: int | None = 0) -> dict[str, Any]:
    """Run one DAG of ``dags/`` with ``dag.test()``; return its states and XCom results.

    ``dag.test()`` honours retry delays by waiting in-process (minutes with the
    DAGs' exponential back-off), so embedded runs fail fast: ``retries`` replaces
    every task's retry count unless it is None.  The scheduler keeps the DAGs' own.
    """
    from airflow.dag_processing.dagbag import DagBag

    bag = DagBag(dag_folder=str(DAGS_FOLDER / f"{dag_id}.py"))
    if dag_id not in bag.dags:
        raise RunnerError(f"{dag_id} did not load from {DAGS_FOLDER}: {bag.import_errors}")
    dag = bag.dags[dag_id]
    if retries is not None:
        for operator in dag.tasks:
            operator.retries = retries
    started = datetime.now(UTC)
    dag_run = dag.test(logical_date=logical_date, run_after=logical_date)
    return _describe(dag_id, dag_run.run_id, since=started)


def _describe(dag_id: str, run_id: str, *, since: datetime) -> dict[str, Any]:
    """States, XCom return values and asset events of one run.

    A repeated ``dag.test()`` for the same logical date reuses the run id, and
    asset events outlive the run they came from, hence ``since``.
    """
    from airflow.models.asset import AssetEvent
    from airflow.models.dagrun import DagRun
    from airflow.models.taskinstance import TaskInstance
    from airflow.models.xcom import XComModel
    from airflow.utils.session import create_session
    from sqlalchemy import func, select

    with create_session() as session:
        run = session.scalar(select(DagRun).where(DagRun.dag_id == dag_id, DagRun.run_id == run_id))
        if run is None:
            raise RunnerError(f"{dag_id} left no run {run_id}")
        tis = session.scalars(
            select(TaskInstance)
            .where(TaskInstance.dag_id == dag_id, TaskInstance.run_id == run_id)
            .order_by(TaskInstance.task_id, TaskInstance.map_index)
        ).all()
        xcoms: Sequence[Any] = session.scalars(
            XComModel.get_many(run_id=run_id, dag_ids=dag_id, key="return_value")
        ).all()
        values = {(x.task_id, x.map_index): XComModel.deserialize_value(x) for x in xcoms}
        tasks: dict[str, Any] = {}
        results: dict[str, Any] = {}
        for ti in tis:
            state = _state(ti.state)
            value = values.get((ti.task_id, ti.map_index))
            if ti.map_index >= 0:
                tasks.setdefault(ti.task_id, []).append(state)
                results.setdefault(ti.task_id, []).append(value)
            else:
                tasks[ti.task_id] = state
                results[ti.task_id] = value
        asset_events = session.scalar(
            select(func.count())
            .select_from(AssetEvent)
            .where(
                AssetEvent.source_dag_id == dag_id,
                AssetEvent.source_run_id == run_id,
                AssetEvent.timestamp >= since,
            )
        )
        return {
            "dag_id": dag_id,
            "run_id": run_id,
            "state": _state(run.state),
            "logical_date": run.logical_date.isoformat() if run.logical_date else None,
            "tasks": tasks,
            "results": results,
            "asset_events": int(asset_events or 0),
        }


def run_here(logical_date: datetime | None = None, *, always_alert: bool = False) -> dict[str, Any]:
    """Prepare, run the ingest DAG, then the alerts DAG if the events asset was updated.

    Call :func:`configure` first.  ``always_alert`` runs the alerts DAG even when
    the ingest run emitted no asset event (the scheduler would not).
    """
    moment = _aware(logical_date or datetime.now(UTC))
    prepared = prepare()
    ingest = run_dag(INGEST_DAG, moment)
    alerts: dict[str, Any] | None = None
    skipped: str | None = None
    if ingest["state"] != "success":
        skipped = f"{INGEST_DAG} ended {ingest['state']}"
    elif ingest["asset_events"] == 0 and not always_alert:
        skipped = "no event was new or changed, so the events asset was not updated"
    else:
        alerts = run_dag(ALERTS_DAG, moment)
    return {
        "airflow_home": os.environ["AIRFLOW_HOME"],
        "logical_date": moment.isoformat(),
        "migrated": prepared["migrated"],
        "ingest": ingest,
        "alerts": alerts,
        "alerts_skipped": skipped,
    }


def run_ingest_then_alerts(
    env: Mapping[str, str] | None = None,
    logical_date: datetime | None = None,
    *,
    always_alert: bool = False,
    timeout: float = 900.0,
) -> dict[str, Any]:
    """Run ingest then alerts in a fresh Python process; return its JSON result.

    ``env`` is laid over ``os.environ`` (e.g. ``PARDONWATCH_FEEDS``,
    ``PARDONWATCH_DATA_DIR``, ``PARDONWATCH_AIRFLOW_HOME``,
    ``AIRFLOW_CONN_SMTP_DEFAULT``); the embedded Airflow variables go on top.
    """
    child_env = {**os.environ, **(env or {})}
    child_env.update(airflow_environment(child_env))
    log_dir = Path(child_env["AIRFLOW_HOME"]) / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / LOG_NAME
    command = [sys.executable, "-m", "pipeline.airflow_runner", "run"]
    if logical_date is not None:
        command += ["--logical-date", _aware(logical_date).isoformat()]
    if always_alert:
        command.append("--always-alert")
    with log_path.open("ab") as log:
        done = subprocess.run(
            command,
            env=child_env,
            cwd=PROJECT_ROOT,
            stdout=subprocess.PIPE,
            stderr=log,
            timeout=timeout,
            check=False,
        )
    lines = done.stdout.decode("utf-8", "replace").strip().splitlines()
    if not lines:
        raise RunnerError(
            f"embedded Airflow exited with {done.returncode} and no result; "
            f"end of {log_path}:\n{_tail(log_path)}"
        )
    result: dict[str, Any] = json.loads(lines[-1])
    result["log"] = str(log_path)
    return result


def _state(state: Any) -> str | None:
    return None if state is None else str(getattr(state, "value", state))


def _tail(path: Path, lines: int = 40) -> str:
    return "\n".join(path.read_text("utf-8", "replace").splitlines()[-lines:])


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@contextmanager
def _stdout_to_stderr() -> Iterator[int]:
    """Send everything written to fd 1 to stderr; yield a duplicate of the real stdout."""
    sys.stdout.flush()
    real = os.dup(1)
    os.dup2(2, 1)
    try:
        yield real
    finally:
        sys.stdout.flush()
        os.dup2(real, 1)
        os.close(real)


DAG_IDS = (INGEST_DAG, ALERTS_DAG, "pardonwatch_digest")


def _set_paused(dag_ids: Sequence[str], paused: bool) -> list[str]:
    """Pause or unpause the given DAGs in the metadata database; return those found."""
    from airflow.models.dag import DagModel
    from airflow.utils.session import create_session

    with create_session() as session:
        rows = session.query(DagModel).filter(DagModel.dag_id.in_(list(dag_ids))).all()
        for row in rows:
            row.is_paused = paused
        return sorted(row.dag_id for row in rows)


def api_healthy(base_url: str, timeout: float = 2.0) -> bool:
    """Whether the API server answers its health check with a healthy
    metadata database and scheduler."""
    import httpx

    try:
        reply = httpx.get(f"{base_url}/api/v2/monitor/health", timeout=timeout)
        info = reply.json() if reply.status_code == 200 else {}
    except (httpx.HTTPError, ValueError):
        return False
    return all(
        (info.get(part) or {}).get("status") == "healthy" for part in ("metadatabase", "scheduler")
    )


def standalone(*, wait: float = 300.0, poll: float = 2.0) -> int:
    """``airflow standalone`` on the embedded home, without the start-up race.

    The DAGs are paused (and new ones created paused) until the API server
    answers healthy, so the first run never times out talking to a server
    still starting; then they are unpaused.  Ctrl-C stops everything (SIGINT
    is passed on, as Airflow wants).
    """
    import signal
    import subprocess
    import time

    os.environ["AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION"] = "True"
    configure()
    with _stdout_to_stderr():
        prepare()
        _set_paused(DAG_IDS, True)
    port = os.environ.get("AIRFLOW__API__PORT", "8080")
    base_url = f"http://127.0.0.1:{port}"
    # tasks reach the execution API of this server, on its port
    os.environ.setdefault(
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL", f"http://localhost:{port}/execution/"
    )
    # `airflow standalone` starts its components as `airflow ...` found on PATH:
    # put this environment's bin folder first, or they fail to start
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": os.pathsep.join([str(bin_dir), os.environ.get("PATH", "")])}
    airflow = bin_dir / "airflow"
    children: list[subprocess.Popen[bytes]] = []
    stopping: list[bool] = []

    def stop(*_: object) -> None:
        if children and not stopping:
            stopping.append(True)
            children[0].send_signal(signal.SIGINT)

    # handlers first: a caught signal is reset to its default in the child, so
    # airflow gets SIGINT even when this process was started with it ignored
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    # its own session: Ctrl-C reaches this process alone, which passes on one
    # SIGINT (a second one would make Airflow kill its components outright)
    child = subprocess.Popen(
        [str(airflow if airflow.exists() else "airflow"), "standalone"],
        env=env,
        start_new_session=True,
    )
    children.append(child)
    try:
        deadline = time.monotonic() + wait
        unpaused: list[str] = []
        while child.poll() is None and time.monotonic() < deadline:
            if api_healthy(base_url):
                unpaused = _set_paused(DAG_IDS, False)
                if len(unpaused) == len(DAG_IDS):
                    break
            time.sleep(poll)
        if child.poll() is None:
            if len(unpaused) == len(DAG_IDS):
                print(
                    f"API server healthy at {base_url}; unpaused {', '.join(unpaused)}",
                    file=sys.stderr,
                )
            else:
                print(
                    f"API server not healthy at {base_url} after {wait:.0f} s: the DAGs stay"
                    " paused; unpause them in the UI once it answers",
                    file=sys.stderr,
                )
        return child.wait()
    finally:
        if child.poll() is None:
            stop()
            child.wait()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.airflow_runner",
        description="Run the PardonWatch DAGs with an embedded, project-local Airflow.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="ingest then alerts with dag.test(); JSON on stdout")
    run.add_argument("--logical-date", type=datetime.fromisoformat, default=None)
    run.add_argument(
        "--always-alert", action="store_true", help="run alerts even if nothing changed"
    )
    some = commands.add_parser("dag", help="run the given DAGs in order; JSON on stdout")
    some.add_argument("dag_ids", nargs="+", metavar="DAG_ID")
    some.add_argument("--logical-date", type=datetime.fromisoformat, default=None)
    commands.add_parser("prepare", help="migrate the metadata database and create the pool")
    commands.add_parser("env", help="print the Airflow variables as shell exports")
    commands.add_parser(
        "standalone",
        help="airflow standalone on this home; DAGs unpaused once the API server is healthy",
    )
    args = parser.parse_args(argv)

    if args.command == "standalone":
        return standalone()

    if args.command == "env":
        for name, value in airflow_environment().items():
            print(f"export {name}={shlex.quote(value)}")
        return 0
    configure()
    with _stdout_to_stderr() as stdout:
        runs: list[dict[str, Any] | None] = []
        if args.command == "prepare":
            result = prepare()
        elif args.command == "dag":
            moment = _aware(args.logical_date or datetime.now(UTC))
            result = {"prepared": prepare(), "logical_date": moment.isoformat()}
            result["runs"] = runs = [run_dag(dag_id, moment) for dag_id in args.dag_ids]
        else:
            result = run_here(args.logical_date, always_alert=args.always_alert)
            runs = [result["ingest"], result["alerts"]]
        os.write(stdout, (json.dumps(result, default=str) + "\n").encode())
    return 0 if all(r is None or r["state"] == "success" for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
