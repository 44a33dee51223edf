"""Whole cycles over fixture feeds and pages served on loopback."""

from datetime import UTC, datetime, timedelta

import pytest
from support import Reply, fixture_text

from pipeline import tasks
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


def test_a_dag_run_that_failed_after_its_poll_is_finished_by_the_next_one(site, settings):
    first = tasks.poll("2026-01-05T08:00:00+00:00", now=NOW, settings=settings)
    tasks.fetch(first[0], settings=settings)  # ... and then the DAG run fails for good
    later, key = NOW + timedelta(days=1), "2026-01-06T08:00:00+00:00"
    batches = tasks.poll(key, now=later, settings=settings)
    assert batches == first  # the feeds answer the same entries: staged once, not twice
    pages = [tasks.fetch(b, settings=settings) for b in batches]
    staged = [tasks.extract_detect(p, settings=settings) for p in pages]
    loaded = tasks.load(key, staged, now=later, settings=settings)
    assert loaded["new_articles"] == 4 and loaded["resumed"] == ["2026-01-05T08_00_00_00_00"]
    assert tasks.poll("2026-01-07", now=later + timedelta(days=1), settings=settings) == []
