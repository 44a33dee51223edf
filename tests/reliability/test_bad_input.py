"""One bad URL is that item's one-line error: the run goes on, records
itself in ``runs`` and stores every article of the healthy feeds.

Two healthy feeds (four article pages, fixtures written for this project)
are served on loopback beside each bad input of ``BAD_INPUT_CASES``: a bad
feed URL in ``feeds.yaml``, a feed or page redirecting to an unusable URL,
an entry link with a control character or an IDNA-invalid host, an import
line with a control character.  The last test puts them all in one real
``pardonwatch run`` process.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from reliability_cases import BAD_INPUT_CASES
from reliability_support import pardonwatch, run_env
from support import Reply, WebServer, fixture_text

from pipeline import tasks
from pipeline.settings import Settings
from pipeline.store import Store

NOW = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
HEALTHY = {
    "gulf-pardons-copy.html",
    "gulf-wire.html",
    "tax-amnesty.html",
    "throne-day-pardon.html",
}
HTML = {"Content-Type": "text/html; charset=utf-8"}
RSS = {"Content-Type": "application/rss+xml"}


def _serve_healthy(web: WebServer) -> list[str]:
    """The two healthy feeds of tests/integration/test_run.py; return their URLs."""
    web.routes["/feed.xml"] = Reply(200, fixture_text("feed_rss.xml"), RSS)
    web.routes["/atom.xml"] = Reply(
        200, fixture_text("feed_atom.xml"), {"Content-Type": "application/atom+xml"}
    )
    for path, name in [
        ("/news/throne-day-pardon.html", "page_throne_day.html"),
        ("/news/tax-amnesty.html", "page_tax_amnesty.html"),
        ("/news/gulf-wire.html", "page_gulf_wire.html"),
        ("/world/gulf-pardons-copy.html", "page_gulf_wire_copy.html"),
    ]:
        web.routes[path] = Reply(200, fixture_text(name), HTML)
    return [web.url("/feed.xml"), web.url("/atom.xml")]


def _feed_with_link(link: str) -> Reply:
    body = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>Odd Gazette</title><link>{{BASE}}/</link>"
        f"<item><title>An odd link</title><link>{link}</link>"
        "<pubDate>Mon, 05 Jan 2026 07:00:00 GMT</pubDate></item>"
        "</channel></rss>"
    )
    return Reply(200, body, RSS)


def _feeds_yaml(path: Path, urls: list[str]) -> None:
    """A feed list; each URL written as a YAML double-quoted string (escapes kept)."""
    lines = ["feeds:"]
    for index, url in enumerate(urls):
        lines += [f"  - url: {json.dumps(url)}", f"    name: feed {index}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# each case: set up the bad input on ``web`` under paths of its own, return
# the extra feed URL and the words its one error line must contain
Setup = Callable[[WebServer, str], tuple[str, list[str]]]


def _feed_url(url: str, words: list[str]) -> Setup:
    return lambda web, case: (url.replace("{{BASE}}", web.base), words)


def _feed_redirect(target: str, words: list[str]) -> Setup:
    def setup(web: WebServer, case: str) -> tuple[str, list[str]]:
        web.routes[f"/{case}.xml"] = Reply(302, b"", {"Location": target})
        return web.url(f"/{case}.xml"), words

    return setup


def _entry_link(link: str, words: list[str]) -> Setup:
    def setup(web: WebServer, case: str) -> tuple[str, list[str]]:
        web.routes[f"/{case}.xml"] = _feed_with_link(link)
        return web.url(f"/{case}.xml"), words

    return setup


def _page_redirect(target: str, words: list[str]) -> Setup:
    def setup(web: WebServer, case: str) -> tuple[str, list[str]]:
        web.routes[f"/news/{case}.html"] = Reply(302, b"", {"Location": target})
        web.routes[f"/{case}.xml"] = _feed_with_link(web.url(f"/news/{case}.html"))
        return web.url(f"/{case}.xml"), words

    return setup


FEED_CASES: dict[str, Setup] = {
    "feed-url-newline": _feed_url(
        "{{BASE}}/odd\nfeed.xml", ["not polled", "control character U+000A"]
    ),
    "feed-url-idna": _feed_url("http://xn--/feed.xml", ["not polled", "invalid host name"]),
    "feed-url-bad-port": _feed_url(
        "http://127.0.0.1:99999/feed.xml", ["not polled", "Port out of range"]
    ),
    "feed-redirect-idna": _feed_redirect(
        "http://xn--/feed.xml", ["feed", "redirect to an unusable URL", "A-label"]
    ),
    "entry-link-control-char": _entry_link(
        "{{BASE}}/news/a&#127;b.html", ["entry link left out", "control character U+007F"]
    ),
    "entry-link-idna": _entry_link(
        "http://xn--/a.html", ["entry link left out", "invalid host name"]
    ),
    "page-redirect-idna": _page_redirect(
        "http://xn--/story.html", ["page", "redirect to an unusable URL", "A-label"]
    ),
    "page-redirect-bad-port": _page_redirect(
        "http://127.0.0.1:99999/story.html",
        ["page", "redirect to an unusable URL", "Port out of range"],
    ),
}


def _stored(settings: Settings) -> set[str]:
    with Store.open(settings.db, read_only=True) as store:
        return {r["url"].rsplit("/", 1)[-1] for r in store.query("select url from articles")}


def test_every_case_is_tried():
    assert {*FEED_CASES, "import-url-control-char"} == set(BAD_INPUT_CASES)


@pytest.mark.parametrize("case", list(FEED_CASES), ids=list(FEED_CASES))
def test_one_bad_url_is_one_error_and_the_healthy_feeds_are_stored(case, web, settings):
    healthy = _serve_healthy(web)
    bad_url, words = FEED_CASES[case](web, case)
    _feeds_yaml(settings.feeds, [healthy[0], bad_url, healthy[1]])

    summary, _ = tasks.run_cycle(settings=settings, now=NOW)

    assert _stored(settings) == HEALTHY
    matching = [e for e in summary.errors if all(w in e for w in words)]
    assert len(matching) == 1, summary.errors
    assert all("\n" not in e for e in summary.errors)
    with Store.open(settings.db, read_only=True) as store:
        row = store.query("select * from runs where run_id = ?", [summary.run_id])[0]
    assert row["new_articles"] == 4 and matching[0] in row["errors"]


def test_an_import_line_with_a_control_character_is_that_lines_error(settings, tmp_path):
    lines = tmp_path / "articles.jsonl"
    good = {"url": "https://example.org/news/1", "text": "A short note. " * 30}
    bad = {"url": "https://example.org/news/\u00012", "text": "Another note. " * 30}
    lines.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    summary, _ = tasks.import_jsonl(lines, settings=settings, now=NOW)
    assert summary.errors == [
        f"{lines}:2: 'url' is not usable: 'https://example.org/news/\\x012':"
        " contains the control character U+0001"
    ]
    assert summary.new_articles == 1


def test_all_bad_inputs_at_once_in_a_real_run(web, tmp_path):
    healthy = _serve_healthy(web)
    bad = [setup(web, case)[0] for case, setup in FEED_CASES.items()]
    _feeds_yaml(tmp_path / "feeds.yaml", [healthy[0], *bad, healthy[1]])
    env = run_env(tmp_path)

    done = pardonwatch(env, "run")

    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    settings = Settings.from_env(env)
    assert _stored(settings) == HEALTHY
    with Store.open(settings.db, read_only=True) as store:
        [row] = store.query("select * from runs")
    assert row["new_articles"] == 4 and row["feeds_failed"] == 4
    assert len(row["errors"]) == len(FEED_CASES)
