"""Polling real HTTP on loopback: conditional GET, redirects, back-off, bad feeds."""

from contextlib import ExitStack
from datetime import UTC, datetime, timedelta

import pytest
from support import Reply, fixture_text

from pipeline import staging, tasks
from pipeline.store import Store
from pipeline.store.feeds import all_states

NOW = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


def _feeds(settings, *urls):
    lines = ["feeds:"] + [f"  - url: {u}\n    name: feed {i}" for i, u in enumerate(urls)]
    settings.feeds.write_text("\n".join(lines) + "\n")


def _state(settings, url):
    with Store.open(settings.db, read_only=True) as store:
        return next(s for s in all_states(store) if s.url == url)


def _entries(batches):
    return [e["url"] for b in batches for e in staging.read_jsonl(__import__("pathlib").Path(b))]


def _rss(headers=None):
    return Reply(
        200,
        fixture_text("feed_rss.xml"),
        {"Content-Type": "application/rss+xml", **(headers or {})},
    )


def test_new_entries_are_staged_in_batches(web, settings):
    web.routes["/feed.xml"] = _rss()
    _feeds(settings, web.url("/feed.xml"))
    batches = tasks.poll("r1", now=NOW, settings=settings)
    assert len(_entries(batches)) == 3


def test_the_poll_tells_its_likely_new_entries_as_feeds_arrive_then_the_staged_count(web, settings):
    web.routes["/feed.xml"] = _rss()
    _feeds(settings, web.url("/feed.xml"))
    told: list[int] = []
    with ExitStack() as held:
        batches = tasks._poll("r1", settings, NOW, False, None, held, on_entries=told.append)
    # a feed never read before: all three entries, as it arrives, then the three staged
    assert told == [3, 3] and len(_entries(batches)) == 3


def test_second_poll_sends_validators_and_a_304_means_nothing_new(web, settings):
    def feed(headers):
        if headers.get("if-none-match") == '"v1"':
            return Reply(304, b"")
        return _rss({"ETag": '"v1"', "Last-Modified": "Mon, 05 Jan 2026 07:00:00 GMT"})

    web.routes["/feed.xml"] = feed
    _feeds(settings, web.url("/feed.xml"))
    first = tasks.poll("r1", now=NOW, settings=settings)
    # the 304 stages nothing; r1's batches (never loaded) are handed on, not lost
    assert tasks.poll("r2", now=NOW + timedelta(hours=2), settings=settings) == first
    _, headers = web.requests[-1]
    assert headers["if-modified-since"] == "Mon, 05 Jan 2026 07:00:00 GMT"
    assert _state(settings, web.url("/feed.xml")).last_status == 304


def test_retried_poll_for_the_same_run_reuses_its_batches(web, settings):
    web.routes["/feed.xml"] = _rss()
    _feeds(settings, web.url("/feed.xml"))
    first = tasks.poll("same-run", now=NOW, settings=settings)
    assert tasks.poll("same-run", now=NOW, settings=settings) == first
    assert web.hits("/feed.xml") == 1


def test_feed_not_due_is_not_polled_unless_forced(web, settings):
    web.routes["/feed.xml"] = _rss()
    _feeds(settings, web.url("/feed.xml"))
    tasks.poll("r1", now=NOW, settings=settings)
    tasks.poll("r2", now=NOW + timedelta(minutes=5), settings=settings)
    assert web.hits("/feed.xml") == 1
    tasks.poll("r3", now=NOW + timedelta(minutes=6), settings=settings, force=True)
    assert web.hits("/feed.xml") == 2


def test_retry_after_is_honoured(web, settings):
    web.routes["/feed.xml"] = Reply(503, b"busy", {"Retry-After": "7200"})
    _feeds(settings, web.url("/feed.xml"))
    tasks.poll("r1", now=NOW, settings=settings)
    state = _state(settings, web.url("/feed.xml"))
    assert state.next_poll_at == NOW + timedelta(hours=2)
    assert state.consecutive_failures == 1
    tasks.poll("r2", now=NOW + timedelta(hours=1), settings=settings)
    assert web.hits("/feed.xml") == 1


def test_permanent_redirect_updates_the_stored_url(web, settings):
    web.routes["/old.xml"] = Reply(301, b"", {"Location": "{{BASE}}/new.xml"})
    web.routes["/new.xml"] = _rss()
    _feeds(settings, web.url("/old.xml"))
    assert len(_entries(tasks.poll("r1", now=NOW, settings=settings))) == 3
    assert _state(settings, web.url("/old.xml")).current_url == web.url("/new.xml")
    tasks.poll("r2", now=NOW + timedelta(days=1), settings=settings)
    assert web.hits("/old.xml") == 1 and web.hits("/new.xml") == 2


def test_temporary_redirect_keeps_the_stored_url(web, settings):
    web.routes["/feed.xml"] = Reply(302, b"", {"Location": "{{BASE}}/elsewhere.xml"})
    web.routes["/elsewhere.xml"] = _rss()
    _feeds(settings, web.url("/feed.xml"))
    tasks.poll("r1", now=NOW, settings=settings)
    assert _state(settings, web.url("/feed.xml")).current_url is None


def test_gone_feed_is_retired_and_never_polled_again(web, settings):
    web.routes["/feed.xml"] = Reply(410, b"gone")
    _feeds(settings, web.url("/feed.xml"))
    tasks.poll("r1", now=NOW, settings=settings)
    tasks.poll("r2", now=NOW + timedelta(days=30), settings=settings, force=True)
    assert _state(settings, web.url("/feed.xml")).retired
    assert web.hits("/feed.xml") == 1


def test_malformed_feed_still_yields_its_entries_and_is_flagged(web, settings):
    web.routes["/broken.xml"] = Reply(
        200, fixture_text("broken_feed.xml"), {"Content-Type": "application/xml"}
    )
    _feeds(settings, web.url("/broken.xml"))
    assert _entries(tasks.poll("r1", now=NOW, settings=settings))
    assert _state(settings, web.url("/broken.xml")).bozo


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (
            Reply(200, fixture_text("not_a_feed.html"), {"Content-Type": "text/html"}),
            "an HTML page",
        ),
        (Reply(200, b"\x00\x01binary garbage\xff"), "not RSS or Atom"),
        (Reply(200, b"<rss>" + b"x" * 5000 + b"</rss>"), "larger than 4000 bytes"),
        (Reply(200, fixture_text("feed_rss.xml"), delay=2.5), "timed out"),
        (Reply(500, b"oops"), "HTTP 500"),
    ],
)
def test_bad_feed_gives_a_one_line_error_naming_it(web, settings, reply, message):
    settings = settings.replace(max_feed_bytes=4000, read_timeout=1.0)
    web.routes["/bad.xml"] = reply
    _feeds(settings, web.url("/bad.xml"))
    assert tasks.poll("r1", now=NOW, settings=settings) == []
    error = _state(settings, web.url("/bad.xml")).last_error
    assert message in error and "/bad.xml" in error and "\n" not in error


def test_unresolvable_host_is_a_dns_error(settings):
    _feeds(settings, "http://no-such-host.invalid/feed.xml")
    tasks.poll("r1", now=NOW, settings=settings)
    assert (
        "DNS lookup failed" in _state(settings, "http://no-such-host.invalid/feed.xml").last_error
    )


def test_loopback_is_refused_unless_allowed(web, settings):
    settings = settings.replace(allow_private_networks=False)
    web.routes["/feed.xml"] = _rss()
    _feeds(settings, web.url("/feed.xml"))
    tasks.poll("r1", now=NOW, settings=settings)
    assert "PARDONWATCH_ALLOW_PRIVATE_NETWORKS" in _state(settings, web.url("/feed.xml")).last_error
    assert web.hits("/feed.xml") == 0


def test_one_broken_feed_does_not_stop_the_others(web, settings):
    web.routes["/good.xml"] = _rss()
    web.routes["/bad.xml"] = Reply(404, b"missing")
    _feeds(settings, web.url("/bad.xml"), web.url("/good.xml"))
    assert len(_entries(tasks.poll("r1", now=NOW, settings=settings))) == 3
    assert _state(settings, web.url("/bad.xml")).consecutive_failures == 1


def test_a_poll_never_resumes_the_unloaded_batches_of_another_database(web, settings):
    web.routes["/feed.xml"] = _rss()
    _feeds(settings, web.url("/feed.xml"))
    first = tasks.poll("r1", now=NOW, settings=settings)
    other = settings.replace(db=settings.db.with_name("other.duckdb"))
    assert other.staging_dir == settings.staging_dir  # same folder, told apart by the marker
    assert not set(tasks.poll("r2", now=NOW, settings=other)) & set(first)


def test_feed_state_moves_on_only_after_the_entries_are_staged(web, settings, monkeypatch):
    web.routes["/feed.xml"] = _rss({"ETag": '"v1"'})
    _feeds(settings, web.url("/feed.xml"))

    def broken_disk(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(staging, "write_json", broken_disk)
    with pytest.raises(OSError, match="disk full"):
        tasks.poll("r1", now=NOW, settings=settings)
    state = _state(settings, web.url("/feed.xml"))
    assert state.etag is None and state.next_poll_at is None


def test_feeds_parsed_in_worker_processes_give_the_same_entries_and_errors(
    web, settings, monkeypatch
):
    from pipeline import poll

    web.routes["/feed.xml"] = _rss()
    web.routes["/page.html"] = Reply(
        200, fixture_text("not_a_feed.html"), {"Content-Type": "text/html"}
    )
    _feeds(settings, web.url("/feed.xml"), web.url("/page.html"))
    monkeypatch.setattr(poll, "PARSE_PROCESS_MIN", 1)
    batches = tasks.poll("r1", now=NOW, settings=settings)
    assert len(_entries(batches)) == 3
    assert "an HTML page" in (_state(settings, web.url("/page.html")).last_error or "")


def test_a_full_parse_backlog_holds_the_fetchers_back_and_loses_nothing(web, settings, monkeypatch):
    from pipeline import poll

    urls = []
    for number in range(4):
        web.routes[f"/feed-{number}.xml"] = _rss()
        urls.append(web.url(f"/feed-{number}.xml"))
    _feeds(settings, *urls)
    monkeypatch.setattr(poll, "PARSE_PROCESS_MIN", 1)
    monkeypatch.setattr(poll, "PARSE_BACKLOG", 1)  # one body waits for a parser at a time
    batches = tasks.poll("r1", now=NOW, settings=settings)
    # the four feeds list the same three links: stored once each, every feed polled
    assert len(_entries(batches)) == 3
    assert all(_state(settings, url).last_success_at == NOW for url in urls)
