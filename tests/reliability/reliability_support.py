"""Running ``pardonwatch`` as a real process for the reliability tests (a module
of its own: several ``conftest.py`` files exist, so importing from one is ambiguous)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PARDONWATCH = Path(sys.executable).with_name("pardonwatch")
SUBSCRIBERS = """subscribers:
  - email: analyst@example.org
    mode: instant
    follow_ups: true
    # the sample newsroom's decrees are years old: alert on them whatever their age
    max_age_days: null
"""


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
