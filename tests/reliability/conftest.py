"""Fixtures of the reliability tests: the sample newsroom on loopback and a
way to run ``pardonwatch`` as a real process against it."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.newsroom import Newsroom, serve_newsroom

PARDONWATCH = Path(sys.executable).with_name("pardonwatch")
SUBSCRIBERS = """subscribers:
  - email: analyst@example.org
    mode: instant
    follow_ups: true
"""


@pytest.fixture(scope="module")
def newsroom() -> Iterator[Newsroom]:
    # addresses of their own (127.0.0.81-...), so no other newsroom test collides
    with serve_newsroom(first_address=81) as served:
        yield served


def run_env(folder: Path, **extra: str) -> dict[str, str]:
    """The environment of a ``pardonwatch`` process whose data lives in ``folder``."""
    (folder / "subscribers.yaml").write_text(SUBSCRIBERS)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PARDONWATCH_")}
    env.update(
        {
            "PARDONWATCH_DATA_DIR": str(folder / "data"),
            "PARDONWATCH_FEEDS": str(folder / "feeds.yaml"),
            "PARDONWATCH_SUBSCRIBERS": str(folder / "subscribers.yaml"),
            "PARDONWATCH_ALLOW_PRIVATE_NETWORKS": "true",
            "PARDONWATCH_PER_HOST_DELAY": "0",
            "PARDONWATCH_CONNECT_TIMEOUT": "2",
            "PARDONWATCH_READ_TIMEOUT": "2",
            **extra,
        }
    )
    return env


def pardonwatch(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``pardonwatch ARGS`` as a separate process; return how it ended."""
    return subprocess.run(
        [str(PARDONWATCH), *args], env=env, capture_output=True, text=True, timeout=120
    )
