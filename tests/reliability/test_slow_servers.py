"""Slow servers: every GET ends by its deadline, whatever the server trickles.

The per-read timeout (1 s here) never fires on its own: each server sends a
byte every 0.2 s.  Only the overall deadline (1.5 s here) cuts them off.
"""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime

import pytest
from network_fakes import PUBLIC, FakeDNS, Nat, TrickleServer
from support import Reply

from pipeline import tasks
from pipeline.http import HttpClient

DEADLINE = 1.5
SLACK = 1.0  # one read timeout at most after the deadline; in practice a few ms

HEADERS = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
SLOW = {
    "headers": (HEADERS, b"X-Padding: " + b"a" * 200),
    "status line": (b"", b"HTTP/1.1 200 OK\r\n" * 20),
    "body": (HEADERS + b"Content-Length: 100000\r\n\r\n", b"x" * 1000),
    "chunked body": (HEADERS + b"Transfer-Encoding: chunked\r\n\r\n", b"1\r\nx\r\n" * 300),
}
SLOW_CASES = sorted(SLOW)


@pytest.fixture
def quick(settings):
    return settings.replace(read_timeout=1.0, connect_timeout=1.0, request_deadline=DEADLINE)


@pytest.mark.parametrize("part", SLOW_CASES)
def test_trickling_server_is_cut_off_at_the_deadline(quick, part):
    head, trickle = SLOW[part]
    with TrickleServer(head, trickle) as server, HttpClient(quick) as client:
        started = time.monotonic()
        result = client.get(server.url, max_bytes=1_000_000)
        elapsed = time.monotonic() - started
    assert DEADLINE <= elapsed < DEADLINE + SLACK
    assert not result.ok and "request deadline" in result.error and server.url in result.error


def test_deadline_covers_a_slow_dns_lookup(quick, web):
    dns = FakeDNS({"slow.example": [PUBLIC]}, delay=DEADLINE + 2)
    web.routes["/page"] = Reply(200, b"page")
    # the connect timeout (which covers the lookup too) is longer than the deadline here
    guarded = quick.replace(allow_private_networks=False, connect_timeout=10.0)
    client = HttpClient(guarded, resolver=dns, network=Nat(web.httpd.server_address[1]))
    with client:
        started = time.monotonic()
        result = client.get("http://slow.example/page", max_bytes=10_000)
        elapsed = time.monotonic() - started
    assert elapsed < DEADLINE + SLACK and "request deadline" in result.error


def test_deadline_spans_the_redirects(quick, web):
    # each hop takes 0.6 s: the third one runs out of the 1.5 s budget
    for n in range(1, 5):
        web.routes[f"/hop/{n}"] = Reply(302, b"", {"Location": f"/hop/{n + 1}"}, delay=0.6)
    with HttpClient(quick) as client:
        result = client.get(web.url("/hop/1"), max_bytes=10_000)
    assert web.hits("/hop/3") == 1 and web.hits("/hop/4") == 0
    assert "request deadline" in result.error


def test_fast_server_is_unaffected_by_the_deadline(quick, web):
    web.routes["/page"] = Reply(200, b"page")
    with HttpClient(quick) as client:
        results = [client.get(web.url("/page"), max_bytes=10_000) for _ in range(3)]
    assert all(r.ok and r.body == b"page" for r in results)


PROBE = "import duckdb, sys; duckdb.connect(sys.argv[1], read_only=True).close()"


def test_database_is_not_held_while_polling_the_network(settings, web):
    # while the feed server is answering, another process opens the working
    # database: it could not if the poll held it open for writing
    opened: list[int] = []

    def feed(_headers):
        probe = subprocess.run([sys.executable, "-c", PROBE, str(settings.db)], check=False)
        opened.append(probe.returncode)
        return Reply(200, "<rss version='2.0'><channel><title>t</title></channel></rss>")

    web.routes["/feed.xml"] = feed
    settings = settings.replace(read_timeout=20.0)
    settings.feeds.write_text(f"feeds:\n  - url: {web.url('/feed.xml')}\n")
    tasks.poll("r1", now=datetime(2026, 1, 5, tzinfo=UTC), settings=settings)
    assert opened == [0]
