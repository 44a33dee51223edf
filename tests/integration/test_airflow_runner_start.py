"""The demo keeps its Airflow signals to itself, and standalone waits for a
healthy API server (no Airflow is started here)."""

import json
from pathlib import Path

from support import Reply

from pipeline.airflow_runner import api_healthy
from pipeline.demo import _settings_env, demo_settings
from pipeline.settings import Settings


def test_the_demo_uses_an_airflow_home_of_its_own(tmp_path: Path):
    base = Settings(data_dir=tmp_path / "data")
    demo = demo_settings(base, tmp_path / "demo")
    assert demo.airflow_home == tmp_path / "demo" / "airflow" != base.airflow_home
    assert _settings_env(demo)["PARDONWATCH_AIRFLOW_HOME"] == str(tmp_path / "demo" / "airflow")


def _health(web, scheduler: str) -> None:
    body = {"metadatabase": {"status": "healthy"}, "scheduler": {"status": scheduler}}
    web.routes["/api/v2/monitor/health"] = Reply(
        200, json.dumps(body).encode(), {"Content-Type": "application/json"}
    )


def test_the_api_server_counts_as_ready_only_when_healthy(web):
    base = web.base.rstrip("/")
    assert not api_healthy(base)  # not answering the health check yet
    _health(web, "unhealthy")
    assert not api_healthy(base)
    _health(web, "healthy")
    assert api_healthy(base)
