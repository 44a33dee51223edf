"""Headless Chromium for tests that need a real layout engine.

``chromium_path()`` finds Debian's ``chromium`` (installing it with apt-get
when it is missing and we may) or skips the test with the reason.
``dump_dom`` renders a local HTML file and returns the DOM after its scripts
ran; ``measure`` injects a script into a page and returns what it reports
(bounding boxes, computed styles) as JSON; ``screenshot`` writes a PNG.
Every run uses a fresh profile and no network services.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest

__all__ = ["chromium_path", "dump_dom", "measure", "screenshot"]

_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--no-first-run",
    "--no-default-browser-check",
    "--hide-scrollbars",
    "--font-render-hinting=none",
)


def _found() -> str | None:
    for name in _NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


def chromium_path() -> str:
    """The Chromium binary; installed from Debian when missing, else the test skips."""
    path = _found()
    if path:
        return path
    apt = shutil.which("apt-get")
    if apt is None or os.geteuid() != 0:
        pytest.skip("headless Chromium is not installed and apt-get cannot install it here")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in ([apt, "update", "-q"], [apt, "install", "-y", "-q", "chromium"]):
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            pytest.skip(f"could not install chromium with apt-get: {done.stderr.strip()[-300:]}")
    path = _found()
    if path is None:
        pytest.skip("apt-get installed chromium but no chromium binary is on PATH")
    return path


def _run(args: list[str], *, timeout: float) -> str:
    with tempfile.TemporaryDirectory(prefix="pw-chromium-") as profile:
        command = [chromium_path(), *_FLAGS, f"--user-data-dir={profile}", *args]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"chromium exited {done.returncode}: {done.stderr.strip()[-500:]}")
    return done.stdout


def dump_dom(path: Path, *, width: int = 1280, height: int = 900, timeout: float = 90) -> str:
    """The DOM of the local file ``path`` after load and its scripts, as HTML."""
    return _run(
        [
            f"--window-size={width},{height}",
            "--virtual-time-budget=2000",
            "--dump-dom",
            path.resolve().as_uri(),
        ],
        timeout=timeout,
    )


def screenshot(path: Path, png: Path, *, width: int = 1280, height: int = 900) -> Path:
    """A PNG of the local file ``path`` as Chromium lays it out."""
    _run(
        [
            f"--window-size={width},{height}",
            f"--screenshot={png.resolve()}",
            path.resolve().as_uri(),
        ],
        timeout=90,
    )
    return png


_MARK = "pw-measure"


def measure(page: str, script: str, folder: Path, *, width: int = 1280) -> Any:
    """Lay out the HTML ``page`` and return the JSON value of ``script``.

    ``script`` is the body of a JavaScript function run after load; what it
    returns is serialised into the DOM and read back from Chromium's dump.
    """
    probe = (
        "<script>window.addEventListener('load', function () {"
        f"var out = (function () {{ {script} }})();"
        f"var pre = document.createElement('pre'); pre.id = '{_MARK}';"
        "pre.textContent = JSON.stringify(out); document.body.appendChild(pre);"
        "});</script>"
    )
    marked = page.replace("</body>", probe + "</body>") if "</body>" in page else page + probe
    target = folder / "measure.html"
    target.write_text(marked, encoding="utf-8")
    dom = dump_dom(target, width=width)
    start = dom.find(f'<pre id="{_MARK}">')
    if start < 0:
        raise AssertionError(f"the measuring script reported nothing; DOM was:\n{dom[-2000:]}")
    body = dom[start + len(f'<pre id="{_MARK}">') : dom.index("</pre>", start)]
    return json.loads(html.unescape(body))
