"""Polling many feeds at the network's pace.

Row of issue 13 measured here: a poll of 1,000 feeds on 249 hosts (loopback
addresses), each answer 50 ms late, by ``pipeline.tasks.poll`` at the
configured concurrency (8 at once unless ``--concurrency`` says otherwise,
2 per host, no per-host delay), against the ideal at that concurrency
(ceil(feeds / concurrency) x 50 ms) and against sequential
``feedparser.parse(url)``.

The servers run in a process of their own, so that their threads do not
take the poller's GIL (a network's servers do not).  Prints figures and
ratios; asserts nothing.  ``--quick`` polls 100 feeds on
25 hosts.  Run with ``.venv/bin/python benchmarks/bench_poll.py [--quick]``.
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import tempfile
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

# synthetic.py sits beside this script, on sys.path when it runs
from synthetic import serve

LATENCY = 0.05
CONCURRENCY = 8
ITEMS = 20


def _feed(host: str, number: int) -> bytes:
    items = "".join(
        f"<item><title>Story {number}-{i} from the council and the port</title>"
        f"<link>http://{host}/news/{number}/{i}.html</link>"
        f"<description>A paragraph about the harvest, the market and the bridge, "
        f"number {i}.</description>"
        f"<pubDate>Sun, 05 Jan 2026 08:{i:02d}:00 GMT</pubDate></item>"
        for i in range(ITEMS)
    )
    return (
        f"<?xml version='1.0'?><rss version='2.0'><channel><title>Feed {number}</title>"
        f"<link>http://{host}/</link>{items}</channel></rss>"
    ).encode()


def _serve(host: str, routes: dict[str, bytes]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:
            return

        def do_GET(self) -> None:
            time.sleep(LATENCY)
            body = routes.get(self.path, b"")
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return serve(host, Handler)


def _newsroom(feeds: int, hosts: int, conn: Connection) -> None:
    """Serve the feeds (in a process of their own), send their URLs, serve until told to stop."""
    servers, urls = [], []
    for index in range(hosts):
        host = f"127.0.{1 + index // 250}.{2 + index % 250}"
        routes: dict[str, bytes] = {}
        server = _serve(host, routes)
        servers.append(server)
        for number in range(index, feeds, hosts):
            routes[f"/feed-{number}.xml"] = _feed(host, number)
            urls.append(f"http://{host}:{server.server_address[1]}/feed-{number}.xml")
    conn.send(urls)
    conn.recv()
    for server in servers:
        server.shutdown()
        server.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="100 feeds on 25 hosts")
    parser.add_argument(
        "--concurrency",
        type=int,
        default=CONCURRENCY,
        help=f"requests in flight at once (PARDONWATCH_MAX_CONCURRENCY; default {CONCURRENCY})",
    )
    args = parser.parse_args()
    concurrency = args.concurrency
    feeds, hosts = (100, 25) if args.quick else (1000, 249)
    # the servers answer from another process, as a network's would: their
    # threads do not take the poller's GIL
    ours, theirs = multiprocessing.Pipe()
    newsroom = multiprocessing.get_context("spawn").Process(
        target=_newsroom, args=(feeds, hosts, theirs), daemon=True
    )
    newsroom.start()
    urls = ours.recv()
    try:
        import courlan  # noqa: F401
        import feedparser

        from pipeline import tasks
        from pipeline.settings import Settings

        # the poll's libraries are loaded before the clock starts, as they were
        # when importing pipeline.tasks loaded them: a run pays them once, not per feed

        with tempfile.TemporaryDirectory(prefix="pardonwatch-bench-") as tmp:
            data = Path(tmp)
            (data / "feeds.yaml").write_text("feeds:\n" + "".join(f"  - url: {u}\n" for u in urls))
            settings = Settings(
                data_dir=data / "data",
                feeds=data / "feeds.yaml",
                subscribers=data / "subscribers.yaml",
                allow_private_networks=True,
                per_host_delay=0.0,
                max_concurrency=concurrency,
            )
            start = time.perf_counter()
            batches = tasks.poll("bench", now=datetime.now(UTC), settings=settings)
            poll_s = time.perf_counter() - start

        sample = urls[: max(1, feeds // 10)]
        start = time.perf_counter()
        for url in sample:
            feedparser.parse(url)
        sequential_s = (time.perf_counter() - start) * len(urls) / len(sample)
    finally:
        ours.send("stop")
        newsroom.join()
    ideal = math.ceil(feeds / concurrency) * LATENCY
    print(f"poll of {feeds:,} feeds on {hosts} hosts, {LATENCY * 1000:.0f} ms latency each:")
    print(f"  pipeline.tasks.poll: {poll_s:.1f} s ({len(batches)} entry batches staged)")
    ratio = poll_s / ideal
    print(f"  ideal at {concurrency} at once: {ideal:.2f} s -> {ratio:.2f}x (aim <= 1.25x)")
    print(
        f"  sequential feedparser.parse(url), {len(sample)} timed and scaled: "
        f"{sequential_s:.1f} s -> {sequential_s / poll_s:.1f}x faster (aim >= 20x)"
    )


if __name__ == "__main__":
    main()
