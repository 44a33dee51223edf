"""Real headless Chromium for tests: Debian's ``chromium`` driven by Playwright.

* :func:`chromium_path` finds ``/usr/bin/chromium``, installs Debian's
  package with apt-get when it is missing and this process may (root, apt-get
  present), or skips the test saying why.
* :func:`browser_page` opens one page in a fresh headless browser and records
  every request it makes; requests to anything but ``file:`` and ``data:``
  URLs are recorded and aborted, so a test can assert that none left.
* :func:`screenshot` renders one file or URL to a PNG.

Playwright's own browser download does not work here (no internet); it
drives the system Chromium through ``executable_path``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

__all__ = ["CHROMIUM_ARGS", "BrowserPage", "browser_page", "chromium_path", "screenshot"]

#: flags Chromium needs on these machines (root, no GPU, a closed network)
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
)
_INSTALL_TIMEOUT = 900


def chromium_path() -> str:
    """The Chromium binary; install Debian's package when missing, or skip with the reason."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    if not shutil.which("apt-get"):
        pytest.skip("Chromium is not installed and apt-get is missing: install a chromium package")
    if os.geteuid() != 0:
        pytest.skip("Chromium is not installed; as root, run: apt-get install -y chromium")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "chromium"]):
        try:
            done = subprocess.run(
                command, env=env, capture_output=True, text=True, timeout=_INSTALL_TIMEOUT
            )
        except subprocess.TimeoutExpired:
            pytest.skip(f"Chromium could not be installed: {' '.join(command)} timed out")
        if done.returncode != 0:
            tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
            pytest.skip(f"Chromium could not be installed ({' '.join(command)}): {' '.join(tail)}")
    found = shutil.which("chromium")
    if not found:
        pytest.skip("apt-get installed chromium but no chromium binary is on PATH")
    return found


@dataclass
class BrowserPage:
    """One open page and every URL it requested, in order."""

    page: Any  # playwright.sync_api.Page
    requests: list[str] = field(default_factory=list)

    @property
    def outside(self) -> list[str]:
        """Requested URLs that are neither ``file:`` nor ``data:`` (should stay empty)."""
        return [u for u in self.requests if not u.startswith(("file:", "data:"))]


@contextmanager
def browser_page(*, width: int = 1200, height: int = 900) -> Iterator[BrowserPage]:
    """A page in a fresh headless Chromium; network requests are recorded and aborted."""
    executable = chromium_path()
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=list(CHROMIUM_ARGS)
        )
        try:
            context = browser.new_context(viewport={"width": width, "height": height})
            page = context.new_page()
            opened = BrowserPage(page)
            page.on("request", lambda request: opened.requests.append(request.url))
            context.route("http*://**/*", lambda route: route.abort())
            yield opened
        finally:
            browser.close()


def screenshot(
    source: Path | str, out: Path, *, width: int = 1200, height: int = 900, full_page: bool = True
) -> list[str]:
    """Render ``source`` (a file or URL) to the PNG ``out``; return the URLs it requested."""
    url = Path(source).resolve().as_uri() if isinstance(source, Path) else source
    with browser_page(width=width, height=height) as opened:
        opened.page.goto(url)
        out.parent.mkdir(parents=True, exist_ok=True)
        opened.page.screenshot(path=str(out), full_page=full_page)
        return list(opened.requests)
