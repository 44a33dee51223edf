"""Whole cycles over fixture feeds and pages served on loopback."""

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest
from support import Reply, fixture_text

from pipeline import ingest, tasks
from pipeline.store import Store

NOW = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
TABLES = ["articles", "article_urls", "detections", "feeds"]


@pytest.fixture
def site(web, settings):
    """Two outlets' feeds and four pages, one of them a syndicated copy."""
    html = {"Content-Type": "text/html; charset=utf-8"}
    web.routes["/feed.xml"] = Reply(
        200, fixture_text("feed_rss.xml"), {"Content-Type": "application/rss+xml"}
    )
    web.routes["/atom.xml"] = Reply(
        200, fixture_text("feed_atom.xml"), {"Content-Type": "application/atom+xml"}
    )
    web.routes["/news/throne-day-pardon.html"] = Reply(
        200, fixture_text("page_throne_day.html"), html
    )
    web.routes["/news/tax-amnesty.html"] = Reply(200, fixture_text("page_tax_amnesty.html"), html)
    web.routes["/news/gulf-wire.html"] = Reply(200, fixture_text("page_gulf_wire.html"), html)
    web.routes["/world/gulf-pardons-copy.html"] = Reply(
        200, fixture_text("page_gulf_wire_copy.html"), html
    )
    settings.feeds.write_text(
        f"feeds:\n  - url: {web.url('/feed.xml')}\n    name: Maghreb Courier\n"
        f"  - url: {web.url('/atom.xml')}\n    name: Desert Post\n"
    )
    return web


def _counts(settings):
    with Store.open(settings.db, read_only=True) as store:
        return store.counts(TABLES)


def _articles(settings):
    with Store.open(settings.db, read_only=True) as store:
        return {r["url"].rsplit("/", 1)[-1]: r for r in store.query("select * from articles")}


def test_a_cycle_stores_each_page_once_with_clean_text(site, settings):
    summary, _ = tasks.run_cycle(settings=settings, now=NOW)
    articles = _articles(settings)
    assert sorted(articles) == [
        "gulf-pardons-copy.html",
        "gulf-wire.html",
        "tax-amnesty.html",
        "throne-day-pardon.html",
    ]
    assert summary.new_articles == 4 and summary.feeds_polled == 2
    text = articles["throne-day-pardon.html"]["text"]
    assert "1,304" in text and "Subscribe" not in text and "Reader 1" not in text


def test_tracking_parameters_do_not_reach_the_stored_url(site, settings):
    tasks.run_cycle(settings=settings, now=NOW)
    assert "utm_source" not in _articles(settings)["throne-day-pardon.html"]["url"]


def test_syndicated_copy_is_its_own_source_in_the_same_story(site, settings):
    tasks.run_cycle(settings=settings, now=NOW)
    articles = _articles(settings)
    original, copy = articles["gulf-wire.html"], articles["gulf-pardons-copy.html"]
    assert original["article_id"] != copy["article_id"]
    assert original["story_id"] == copy["story_id"]
    assert articles["tax-amnesty.html"]["story_id"] != original["story_id"]


def test_every_article_gets_a_stored_detection(site, settings):
    tasks.run_cycle(settings=settings, now=NOW)
    with Store.open(settings.db, read_only=True) as store:
        rows = store.query(
            "select a.url, d.is_pardon_announcement"
            " from articles as a inner join detections as d using (article_id)"
        )
    verdicts = {r["url"].rsplit("/", 1)[-1]: r["is_pardon_announcement"] for r in rows}
    assert verdicts["throne-day-pardon.html"] is True
    assert verdicts["tax-amnesty.html"] is False


def test_second_run_over_the_same_feeds_leaves_the_same_rows(site, settings):
    tasks.run_cycle(settings=settings, now=NOW)
    before = _counts(settings)
    summary, _ = tasks.run_cycle(settings=settings, now=NOW + timedelta(hours=2), force=True)
    assert _counts(settings) == before
    assert summary.new_articles == 0


def test_a_failing_page_is_reported_and_the_rest_go_in(site, settings):
    site.routes["/news/tax-amnesty.html"] = Reply(500, b"boom")
    summary, _ = tasks.run_cycle(settings=settings, now=NOW)
    assert summary.new_articles == 3
    assert any("tax-amnesty.html" in e and "HTTP 500" in e for e in summary.errors)


def test_a_page_that_is_not_an_article_is_reported(site, settings):
    site.routes["/news/tax-amnesty.html"] = Reply(
        200, fixture_text("not_a_feed.html"), {"Content-Type": "text/html"}
    )
    summary, _ = tasks.run_cycle(settings=settings, now=NOW)
    assert any("tax-amnesty.html" in e and "article" in e for e in summary.errors)


def test_run_summary_is_stored(site, settings):
    summary, _ = tasks.run_cycle(settings=settings, now=NOW)
    with Store.open(settings.db, read_only=True) as store:
        row = store.query("select * from runs where run_id = ?", [summary.run_id])[0]
    assert (row["kind"], row["new_articles"], row["feeds_polled"]) == ("run", 4, 2)


def test_reprocess_needs_no_network_and_keeps_keys(site, settings):
    tasks.run_cycle(settings=settings, now=NOW)
    before = {k: v["article_id"] for k, v in _articles(settings).items()}
    site.httpd.shutdown()
    summary, _ = tasks.reprocess(settings=settings, now=NOW + timedelta(days=1))
    assert {k: v["article_id"] for k, v in _articles(settings).items()} == before
    assert summary.detections == 4 and not summary.errors


def test_reprocess_counts_the_announcements_it_finds_again(site, settings):
    first, _ = tasks.run_cycle(settings=settings, now=NOW)
    again, _ = tasks.reprocess(settings=settings, now=NOW + timedelta(days=1))
    assert again.announcements == first.announcements > 0


def test_raw_html_is_kept_compressed(site, settings):
    tasks.run_cycle(settings=settings, now=NOW)
    with Store.open(settings.db, read_only=True) as store:
        row = store.query(
            "select octet_length(html_zlib) as n, length(text) as t from articles limit 1"
        )[0]
    assert row["n"] > 0


def test_a_rerun_with_nothing_new_does_not_publish_again(site, settings):
    tasks.run_cycle(settings=settings, now=NOW)
    copy = settings.published_db.stat()
    parquet = (settings.published_db.parent / "parquet").resolve()
    report = (settings.report_dir / "index.html").stat()
    tasks.run_cycle(settings=settings, now=NOW + timedelta(hours=2), force=True)
    assert settings.published_db.stat().st_mtime_ns == copy.st_mtime_ns
    assert (settings.published_db.parent / "parquet").resolve() == parquet
    assert (settings.report_dir / "index.html").stat().st_mtime_ns == report.st_mtime_ns


def test_a_rerun_with_nothing_new_loads_neither_extractor_nor_detector(site, settings, tmp_path):
    tasks.run_cycle(settings=settings, now=NOW)
    code = (
        "import sys\n"
        "from datetime import datetime, timedelta, UTC\n"
        "from pipeline import tasks\n"
        "from pipeline.settings import Settings\n"
        f"settings = Settings(data_dir=Path({str(settings.data_dir)!r}), "
        f"feeds=Path({str(settings.feeds)!r}), subscribers=Path({str(settings.subscribers)!r}), "
        "allow_private_networks=True, per_host_delay=0.0)\n"
        "tasks.run_cycle(settings=settings, force=True)\n"
        "print(sorted(m for m in ('trafilatura', 'pipeline.detect.rules') if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", "from pathlib import Path\n" + code],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"


def _not_an_article(etag: str):
    page = fixture_text("not_a_feed.html")

    def reply(headers: dict[str, str]) -> Reply:
        if headers.get("if-none-match") == etag:
            return Reply(304, b"", {"ETag": etag})
        return Reply(200, page, {"Content-Type": "text/html", "ETag": etag})

    return reply


def test_a_rejected_page_is_not_extracted_again_while_the_server_answers_304(site, settings):
    site.routes["/news/tax-amnesty.html"] = _not_an_article('"v1"')
    tasks.run_cycle(settings=settings, now=NOW)
    summary, _ = tasks.run_cycle(settings=settings, now=NOW + timedelta(hours=2), force=True)
    conditional = [h for p, h in site.requests if p == "/news/tax-amnesty.html"]
    assert [h.get("if-none-match") for h in conditional] == [None, '"v1"']
    assert not any("tax-amnesty.html" in e for e in summary.errors)


def test_a_rejected_page_with_the_same_body_is_not_extracted_again(site, settings, monkeypatch):
    site.routes["/news/tax-amnesty.html"] = Reply(
        200, fixture_text("not_a_feed.html"), {"Content-Type": "text/html"}
    )
    tasks.run_cycle(settings=settings, now=NOW)
    calls: list[str] = []
    original = ingest.from_page
    monkeypatch.setattr(
        ingest, "from_page", lambda entry, **kw: calls.append(entry.url) or original(entry, **kw)
    )
    summary, _ = tasks.run_cycle(settings=settings, now=NOW + timedelta(hours=2), force=True)
    assert calls == [] and not any("tax-amnesty.html" in e for e in summary.errors)


def test_a_rejected_page_that_changes_is_extracted_and_stored(site, settings):
    site.routes["/news/tax-amnesty.html"] = _not_an_article('"v1"')
    tasks.run_cycle(settings=settings, now=NOW)
    site.routes["/news/tax-amnesty.html"] = Reply(
        200, fixture_text("page_tax_amnesty.html"), {"Content-Type": "text/html", "ETag": '"v2"'}
    )
    summary, _ = tasks.run_cycle(settings=settings, now=NOW + timedelta(hours=2), force=True)
    assert summary.new_articles == 1 and "tax-amnesty.html" in _articles(settings)
    with Store.open(settings.db, read_only=True) as store:
        assert store.counts(["rejected_pages"]) == {"rejected_pages": 0}


def test_a_dag_run_that_failed_after_its_poll_is_finished_by_the_next_one(site, settings):
    first = tasks.poll("2026-01-05T08:00:00+00:00", now=NOW, settings=settings)
    tasks.fetch_extract(first[:1], settings=settings)  # ... and then the DAG run fails for good
    later, key = NOW + timedelta(days=1), "2026-01-06T08:00:00+00:00"
    batches = tasks.poll(key, now=later, settings=settings)
    assert batches == first  # the feeds answer the same entries: staged once, not twice
    groups = tasks.fetch_groups(batches)
    staged = [path for group in groups for path in tasks.fetch_extract(group, settings=settings)]
    loaded = tasks.load(key, staged, now=later, settings=settings)
    assert loaded["new_articles"] == 4 and loaded["resumed"] == ["2026-01-05T08_00_00_00_00"]
    assert tasks.poll("2026-01-07", now=later + timedelta(days=1), settings=settings) == []


def test_extraction_in_worker_processes_stores_the_same_articles(site, settings, monkeypatch):
    from pipeline import flow
    from pipeline.report import chart

    monkeypatch.setattr(flow, "PROCESS_MIN_PAGES", 1)
    contexts = []
    started = chart.start_renderer
    monkeypatch.setattr(chart, "start_renderer", lambda c=None: (contexts.append(c), started(c)))
    summary, _ = tasks.run_cycle(settings=settings, now=NOW)
    articles = _articles(settings)
    assert summary.new_articles == 4 and not summary.errors
    assert articles["gulf-wire.html"]["story_id"] == articles["gulf-pardons-copy.html"]["story_id"]
    # the chart was drawn by the renderer's process, forked from the workers'
    # warm server, and that process is gone with the run
    index = (settings.report_dir / "index.html").read_text(encoding="utf-8")
    assert "<svg" in index and 'href="decrees/' in index
    assert contexts == [flow.warm_context()] and contexts[0] is not None
    assert chart._RENDERER is None


def _answering_304(site, path: str, etag: str) -> None:
    """``path`` answers 304 to a request that names its ETag."""
    first = site.routes[path]
    assert isinstance(first, Reply)

    def reply(headers: dict[str, str]) -> Reply:
        if headers.get("if-none-match") == etag:
            return Reply(304, b"", {"ETag": etag})
        return Reply(first.status, first.body, {**first.headers, "ETag": etag})

    site.routes[path] = reply


# what a run where every feed answers 304 has no use for
NOT_NEEDED_WHEN_NOTHING_CHANGED = (
    "courlan",
    "feedparser",
    "httpx._main",
    "jinja2",
    "multiprocessing",
    "pipeline.detect.rules",
    "pipeline.events",
    "pipeline.extract",
    "rich",
    "ruamel.yaml",
    "tenacity",
    "trafilatura",
)


def test_a_rerun_where_every_feed_answers_304_loads_only_what_it_needs(site, settings):
    _answering_304(site, "/feed.xml", '"rss-1"')
    _answering_304(site, "/atom.xml", '"atom-1"')
    tasks.run_cycle(settings=settings, now=NOW)
    environ = {
        "PARDONWATCH_DATA_DIR": str(settings.data_dir),
        "PARDONWATCH_FEEDS": str(settings.feeds),
        "PARDONWATCH_SUBSCRIBERS": str(settings.subscribers),
        "PARDONWATCH_ALLOW_PRIVATE_NETWORKS": "true",
        "PARDONWATCH_PER_HOST_DELAY": "0",
    }
    code = (
        "import sys\n"
        "from pipeline.cli import main\n"
        "main(['run', '--force'], standalone_mode=False)\n"
        f"print(sorted(m for m in {NOT_NEEDED_WHEN_NOTHING_CHANGED!r} if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **environ},
    )
    assert "2 polled, 2 not modified" in out.stdout
    assert out.stdout.strip().splitlines()[-1] == "[]"


def _rows(settings, leave_out: tuple[str, ...]) -> dict[str, list[tuple]]:
    with Store.open(settings.db, read_only=True) as store:
        listed = store.query("select table_name from duckdb_tables() where schema_name = 'main'")
        tables = [r["table_name"] for r in listed if r["table_name"] not in leave_out]
        return {t: store.con.execute(f"select * from {t} order by all").fetchall() for t in tables}


def test_a_rerun_where_every_feed_answers_304_writes_only_its_run_and_the_feeds_state(
    site, settings
):
    _answering_304(site, "/feed.xml", '"rss-1"')
    _answering_304(site, "/atom.xml", '"atom-1"')
    tasks.run_cycle(settings=settings, now=NOW)
    before = _rows(settings, leave_out=("runs", "feeds"))
    tasks.run_cycle(settings=settings, now=NOW + timedelta(hours=2), force=True)
    assert _rows(settings, leave_out=("runs", "feeds")) == before


def test_a_rerun_with_nothing_to_fetch_opens_the_database_twice(site, settings, monkeypatch):
    _answering_304(site, "/feed.xml", '"rss-1"')
    _answering_304(site, "/atom.xml", '"atom-1"')
    tasks.run_cycle(settings=settings, now=NOW)
    opened = []
    real_open = Store.open

    def counting_open(*args, **kwargs):
        opened.append(args)
        return real_open(*args, **kwargs)

    monkeypatch.setattr(Store, "open", counting_open)
    summary, _ = tasks.run_cycle(settings=settings, now=NOW + timedelta(hours=2), force=True)
    assert summary.feeds_not_modified == 2
    # the feeds' state before the network, then everything else after it
    assert len(opened) == 2
