"""Whole runs over a synthetic newsroom on loopback.

Rows of issue 13 measured here:

* ``--row run``: ``pardonwatch run`` over 500 pages in 20 feeds (each feed
  on its own loopback address), against fetching the same pages with the same
  concurrency and calling ``trafilatura.extract`` alone; with per-host delay
  0 and with the default delay.
* ``--row rerun``: a second ``pardonwatch run --force`` when every feed
  answers 304, against the first run.

Every ``pardonwatch`` command runs in a fresh process, as an operator runs
it.  Prints figures and ratios; asserts nothing.  ``--quick`` serves 100
pages in 10 feeds.  Run with
``.venv/bin/python benchmarks/bench_run.py --row run [--quick]``.
"""

from __future__ import annotations

import argparse
import hashlib
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

# synthetic.py sits beside this script, on sys.path when it runs
from synthetic import articles, operator_environ, run_cli, serve

CONCURRENCY = 8


class Newsroom:
    """One HTTP server per loopback address, each an outlet with a feed and pages."""

    def __init__(self, feeds: int, pages: int) -> None:
        self.routes: dict[tuple[str, str], bytes] = {}
        self.servers: list[ThreadingHTTPServer] = []
        self.feed_urls: list[str] = []
        self.page_urls: list[str] = []
        per_feed = pages // feeds
        records = list(articles(pages))
        for number in range(feeds):
            host = f"127.0.0.{number + 2}"
            server = self._serve(host)
            base = f"http://{host}:{server.server_address[1]}"
            items = []
            for index in range(per_feed):
                record = records[number * per_feed + index]
                path = f"/news/{index}.html"
                paragraphs = "".join(f"<p>{p}</p>" for p in record["text"].split("\n\n"))
                self.routes[(host, path)] = (
                    f"<html><head><title>{record['title']}</title></head><body>"
                    f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                    f"<article><h1>{record['title']}</h1>{paragraphs}</article>"
                    f"<footer>Outlet {number}</footer></body></html>"
                ).encode()
                self.page_urls.append(base + path)
                items.append(
                    f"<item><title>{record['title']}</title><link>{base}{path}</link>"
                    f"<pubDate>Sun, 05 Jan 2026 08:00:00 GMT</pubDate></item>"
                )
            self.routes[(host, "/feed.xml")] = (
                f"<?xml version='1.0'?><rss version='2.0'><channel><title>Outlet {number}"
                f"</title><link>{base}/</link>{''.join(items)}</channel></rss>"
            ).encode()
            self.feed_urls.append(base + "/feed.xml")

    def _serve(self, host: str) -> ThreadingHTTPServer:
        routes = self.routes

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_GET(self) -> None:
                body = routes.get((host, self.path.split("?")[0]))
                if body is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        server = serve(host, Handler)
        self.servers.append(server)
        return server

    def close(self) -> None:
        for server in self.servers:
            server.shutdown()
            server.server_close()


def _env(data: Path, newsroom: Newsroom, delay: float) -> dict[str, str]:
    data.mkdir(parents=True)
    feeds = "feeds:\n" + "".join(f"  - url: {u}\n" for u in newsroom.feed_urls)
    (data / "feeds.yaml").write_text(feeds)
    (data / "subscribers.yaml").write_text("subscribers: []\n")
    return {
        **operator_environ(),
        "PARDONWATCH_DATA_DIR": str(data),
        "PARDONWATCH_FEEDS": str(data / "feeds.yaml"),
        "PARDONWATCH_SUBSCRIBERS": str(data / "subscribers.yaml"),
        "PARDONWATCH_ALLOW_PRIVATE_NETWORKS": "true",
        "PARDONWATCH_MAX_CONCURRENCY": str(CONCURRENCY),
        "PARDONWATCH_PER_HOST_DELAY": str(delay),
    }


def _baseline(urls: list[str]) -> float:
    """The same pages fetched with the same concurrency, ``trafilatura.extract`` alone."""
    import httpx
    import trafilatura

    trafilatura.extract("<html><body><p>warm up</p></body></html>")
    start = time.perf_counter()
    with (
        httpx.Client(limits=httpx.Limits(max_connections=CONCURRENCY)) as client,
        ThreadPoolExecutor(max_workers=CONCURRENCY) as pool,
    ):
        bodies = list(pool.map(lambda u: client.get(u).content, urls))
    for body in bodies:
        trafilatura.extract(body)
    return time.perf_counter() - start


def run_row(feeds: int, pages: int, work: Path) -> None:
    newsroom = Newsroom(feeds, pages)
    try:
        base_s = _baseline(newsroom.page_urls)
        print(f"baseline: {pages} pages fetched ({CONCURRENCY} at once) + trafilatura.extract:")
        print(f"  {base_s:.1f} s ({pages / base_s:.0f} pages/s)")
        for delay in (0.0, 0.5):
            seconds, rss = run_cli("run", env=_env(work / f"run-{delay}", newsroom, delay))
            print(f"pardonwatch run, {feeds} feeds, {pages} pages, per-host delay {delay:g} s:")
            print(
                f"  {seconds:.1f} s ({pages / seconds:.0f} pages/s), peak RSS {rss:.0f} MiB; "
                f"throughput {base_s / seconds:.2f}x the baseline (aim >= 0.8x)"
            )
    finally:
        newsroom.close()


def rerun_row(feeds: int, pages: int, work: Path) -> None:
    newsroom = Newsroom(feeds, pages)
    try:
        env = _env(work / "rerun", newsroom, 0.0)
        first, _ = run_cli("run", env=env)
        second, rss = run_cli("run", "--force", env=env)
        help_s, _ = run_cli("--help", env=env)
        print(f"first pardonwatch run ({feeds} feeds, {pages} pages): {first:.1f} s")
        print(f"second run --force, every feed 304: {second:.2f} s, peak RSS {rss:.0f} MiB")
        print(f"ratio {second / first * 100:.1f} % of the first (aim <= 5 %)")
        print(f"pardonwatch --help: {help_s:.2f} s")
    finally:
        newsroom.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--row", choices=["run", "rerun"], required=True)
    parser.add_argument("--quick", action="store_true", help="100 pages in 10 feeds")
    args = parser.parse_args()
    feeds, pages = (10, 100) if args.quick else (20, 500)
    with tempfile.TemporaryDirectory(prefix="pardonwatch-bench-") as tmp:
        if args.row == "run":
            run_row(feeds, pages, Path(tmp))
        else:
            rerun_row(feeds, pages, Path(tmp))


if __name__ == "__main__":
    main()
