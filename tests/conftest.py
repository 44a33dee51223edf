"""Shared fixtures: settings on a temporary data folder, a programmable HTTP
server on loopback, and a fresh DuckDB store per test."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from support import WebServer

from pipeline.settings import Settings
from pipeline.store import Store

# a test that imports Airflow in-process must not write ~/airflow: give the
# whole session a throwaway AIRFLOW_HOME (DAG runs use their own, in subprocesses)
os.environ["AIRFLOW_HOME"] = tempfile.mkdtemp(prefix="pardonwatch-test-airflow-")
os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")


@pytest.fixture
def web() -> Iterator[WebServer]:
    server = WebServer()
    server.thread.start()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


SUBSCRIBERS = """subscribers:
  - email: analyst@example.org
    mode: instant
    follow_ups: true
"""


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    (tmp_path / "subscribers.yaml").write_text(SUBSCRIBERS)
    return Settings(
        data_dir=tmp_path / "data",
        feeds=tmp_path / "feeds.yaml",
        subscribers=tmp_path / "subscribers.yaml",
        allow_private_networks=True,
        per_host_delay=0.0,
        connect_timeout=2.0,
        read_timeout=2.0,
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "test.duckdb") as db:
        yield db
