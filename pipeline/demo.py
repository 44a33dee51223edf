"""The demo: the sample newsroom on loopback, the pipeline pointed at it.

``run_demo`` serves ``samples/newsroom`` (several outlets, each on its own
loopback address), writes a feed file for them, allows loopback fetching for
this run only, runs the pipeline (through Airflow by default, or as one
in-process cycle) and reports what it found and where everything went.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline.models import Event
from pipeline.newsroom import serve_newsroom
from pipeline.settings import Settings, env_name

__all__ = ["DEMO_PORT", "DemoResult", "demo_settings", "run_demo"]

# the same port on every outlet's loopback address: a second demo sees the
# same URLs, so it stores nothing twice
DEMO_PORT = 8470


@dataclass(slots=True)
class DemoResult:
    settings: Settings
    engine: str
    outlets: int
    details: dict[str, Any] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    outbox_files: list[Path] = field(default_factory=list)


def demo_settings(base: Settings, data_dir: Path) -> Settings:
    """Settings for a demo run: its own data folder and Airflow home, loopback
    allowed, fast spacing.

    The Airflow home is the demo's own: the asset event its ingest run records
    must not sit in the real home, where the scheduler of a later ``airflow
    standalone`` would start the real alerts DAG on it.
    """
    return base.replace(
        data_dir=data_dir,
        airflow_home=data_dir / "airflow",
        db=data_dir / "pardonwatch.duckdb",
        published_db=data_dir / "published" / "pardonwatch.duckdb",
        outbox_dir=data_dir / "outbox",
        report_dir=data_dir / "report",
        feeds=data_dir / "feeds.yaml",
        allow_private_networks=True,
        per_host_delay=0.02,
    )


def _any_age_subscribers(settings: Settings) -> Settings:
    """The sample decrees are years old: the demo's copy of the subscribers
    file takes decrees of any age (they arrive worded "newly found")."""
    import yaml

    from pipeline.alerts.subscribers import parse_subscribers

    if not settings.subscribers.exists():
        return settings
    text = settings.subscribers.read_text(encoding="utf-8")
    parse_subscribers(text, source=str(settings.subscribers))  # a bad file fails here, named
    data = yaml.safe_load(text) or {}
    for entry in data.get("subscribers") or []:
        entry.setdefault("max_age_days", None)
    target = settings.data_dir / "subscribers.yaml"
    target.write_text(
        "# written by `pardonwatch demo` from "
        f"{settings.subscribers}, with max_age_days: null\n"
        + yaml.safe_dump(data, sort_keys=False, allow_unicode=True),
        encoding="utf-8",
    )
    return settings.replace(subscribers=target)


def _settings_env(settings: Settings) -> dict[str, str]:
    values = {
        "data_dir": settings.data_dir,
        "db": settings.db,
        "published_db": settings.published_db,
        "outbox_dir": settings.outbox_dir,
        "report_dir": settings.report_dir,
        "feeds": settings.feeds,
        "subscribers": settings.subscribers,
        "airflow_home": settings.airflow_home,
        "allow_private_networks": "true",
        "per_host_delay": settings.per_host_delay,
        "smtp_host": settings.smtp_host,
        "smtp_port": settings.smtp_port,
    }
    return {
        env_name(k): str(Path(v).resolve()) if isinstance(v, Path) else str(v)
        for k, v in values.items()
    }


def run_demo(base: Settings, data_dir: Path, *, engine: str = "airflow") -> DemoResult:
    """Serve the sample newsroom and run the pipeline over it once."""
    from pipeline import tasks
    from pipeline.store import Store
    from pipeline.store.events import load_events

    settings = demo_settings(base, data_dir.resolve())
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    settings = _any_age_subscribers(settings)
    with serve_newsroom(port=DEMO_PORT) as newsroom:
        newsroom.write_feeds_yaml(settings.feeds)
        result = DemoResult(settings=settings, engine=engine, outlets=len(newsroom.outlets))
        if engine == "airflow":
            from pipeline.airflow_runner import run_ingest_then_alerts

            env = {**_settings_env(settings)}
            result.details = run_ingest_then_alerts(env=env, logical_date=datetime.now(UTC))
        else:
            summary, extra = tasks.run_cycle(settings=settings, force=True)
            result.details = {"summary": summary, **extra}
    with Store.open(settings.db, read_only=True) as store:
        result.events = load_events(store)
    if settings.outbox_dir.exists():
        result.outbox_files = sorted(settings.outbox_dir.glob("*.eml"))
    return result
