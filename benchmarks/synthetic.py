"""Synthetic news for the benchmarks: written by a generator, never copied.

Texts are built from a fixed vocabulary with a seeded random generator, so
every run measures the same data.  About one article in ten is a lightly
edited copy of an earlier one (wire copy on another site), and one in
twenty announces a pardon, so story linking and event placement both work.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

__all__ = ["articles", "operator_environ", "run_cli", "serve", "write_jsonl"]

ROOT = Path(__file__).resolve().parent.parent
CLI = [str(Path(sys.executable).parent / "pardonwatch")]

_VOCABULARY = """
council ministry river harvest market school bridge budget railway province festival
hospital museum election harbour weather drought factory village port tariff study
committee court mayor teachers farmers exports rainfall tourism museum library
announced reported said opened closed approved delayed expected discussed reviewed
new old local regional national annual weekly early late large small public private
on in at for with after before during across near under over between
"""
_WORDS = tuple(_VOCABULARY.split())
_COUNTRIES = ("Morocco", "Jordan", "Tunisia", "Oman", "Senegal", "Kenya", "Peru", "Nepal")
_OCCASIONS = ("Throne Day", "Independence Day", "National Day", "the New Year")


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(9, 18))]
    return " ".join(words).capitalize() + "."


def _body(rng: random.Random, paragraphs: int) -> str:
    return "\n\n".join(
        " ".join(_sentence(rng) for _ in range(rng.randint(3, 6))) for _ in range(paragraphs)
    )


def _pardon(rng: random.Random) -> str:
    country = rng.choice(_COUNTRIES)
    count = rng.randint(50, 5000)
    occasion = rng.choice(_OCCASIONS)
    return (
        f"The head of state of {country} pardoned {count:,} prisoners on the occasion of "
        f"{occasion}, the official news agency said on Sunday. "
    )


def articles(count: int, *, seed: int = 13, start: int = 0) -> Iterator[dict[str, str]]:
    """``count`` JSON Lines records (url, text, title, published), reproducible."""
    rng = random.Random(seed * 1_000_003 + start)
    recent: list[str] = []
    for number in range(start, start + count):
        roll = rng.random()
        if recent and roll < 0.1:
            text = rng.choice(recent) + " " + _sentence(rng)  # wire copy, one line added
        else:
            text = (_pardon(rng) if roll < 0.15 else "") + _body(rng, rng.randint(3, 7))
            recent = [*recent[-49:], text]
        day = 1 + number % 28
        yield {
            "url": f"https://outlet{number % 97}.example/news/{number}.html",
            "title": _sentence(rng)[:80],
            "published": f"2026-{1 + number % 12:02d}-{day:02d}",
            "text": text,
        }


def write_jsonl(path: Path, count: int, *, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for record in articles(count, start=start):
            handle.write(json.dumps(record) + "\n")
    return path


def operator_environ() -> dict[str, str]:
    """This environment, with bytecode caching on as on an operator's machine."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_cli(*args: str, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Run ``pardonwatch ARGS`` in a fresh process; return (seconds, its peak RSS in MiB).

    Each call measures its own process: ``ru_maxrss`` of children is the
    largest of any child, so the benchmark forks a small runner per call.
    """
    code = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
        "seconds = time.perf_counter() - start\n"
        "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(seconds, rss, rc)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *CLI, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, rss, rc = out.stdout.split()
    if rc != "0":  # the synthetic data has no bad line: any failure is a failure
        raise RuntimeError(f"pardonwatch {' '.join(args)} exited {rc}")
    return float(seconds), float(rss)


def serve(host: str, handler: type[BaseHTTPRequestHandler]) -> ThreadingHTTPServer:
    """An HTTP server on ``host`` (a free port), answering in daemon threads."""
    server = ThreadingHTTPServer((host, 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
