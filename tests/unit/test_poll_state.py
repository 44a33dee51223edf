from datetime import UTC, datetime, timedelta

from pipeline.feeds import ParsedFeed
from pipeline.http import FetchResult, retry_after
from pipeline.models import FeedState
from pipeline.poll import advance, due
from pipeline.settings import Settings

NOW = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
SETTINGS = Settings(backoff_base=60, backoff_max=600, poll_interval=3600)
STATE = FeedState(url="https://a.example/rss")
EMPTY = ParsedFeed(title=None, entries=(), bozo=False, bozo_reason=None)


def _result(status, headers=None, **kw):
    return FetchResult(
        url=STATE.url, final_url=STATE.url, status=status, headers=headers or {}, **kw
    )


def test_success_keeps_validators_and_schedules_next_poll():
    kind, state, _ = advance(STATE, _result(200, {"etag": '"v1"'}), EMPTY, None, NOW, SETTINGS)
    assert kind == "ok"
    assert state.etag == '"v1"'
    assert state.next_poll_at == NOW + timedelta(seconds=3600)


def test_not_modified_is_a_success_with_nothing_new():
    kind, state, error = advance(STATE, _result(304), None, None, NOW, SETTINGS)
    assert (kind, error, state.consecutive_failures) == ("not_modified", None, 0)


def test_failures_back_off_exponentially_up_to_the_cap():
    state = STATE
    waits = []
    for _ in range(6):
        _, state, _ = advance(state, _result(500), None, None, NOW, SETTINGS)
        waits.append((state.next_poll_at - NOW).total_seconds())
    assert waits == [60, 120, 240, 480, 600, 600]
    assert state.consecutive_failures == 6


def test_gone_retires_the_feed():
    kind, state, _ = advance(STATE, _result(410), None, None, NOW, SETTINGS)
    assert kind == "retired" and state.retired and not due(state, NOW + timedelta(days=9))


def test_retry_after_seconds_sets_the_next_poll():
    _, state, error = advance(
        STATE, _result(429, {"retry-after": "120"}), None, None, NOW, SETTINGS
    )
    assert state.next_poll_at == NOW + timedelta(seconds=120)
    assert "Retry-After" in error


def test_retry_after_http_date_is_understood():
    assert retry_after("Thu, 01 Jan 2026 13:00:00 GMT", NOW) == NOW + timedelta(hours=1)


def test_permanent_redirect_updates_the_polled_url():
    result = _result(200, permanent_redirect="https://b.example/rss")
    _, state, _ = advance(STATE, result, EMPTY, None, NOW, SETTINGS)
    assert (state.url, state.current_url) == ("https://a.example/rss", "https://b.example/rss")


def test_parse_error_counts_as_a_failure_with_its_message():
    kind, state, error = advance(STATE, _result(200), None, "x: an HTML page", NOW, SETTINGS)
    assert kind == "failed" and error == "x: an HTML page" and state.last_error == error


def test_likely_new_entries_are_those_after_the_last_successful_poll():
    from pipeline.models import Entry
    from pipeline.poll import likely_new

    entries = (
        Entry(url="https://a.example/1", published=NOW - timedelta(days=2)),
        Entry(url="https://a.example/2", published=NOW + timedelta(hours=1)),
        Entry(url="https://a.example/3"),  # undated: not counted once the feed was read
    )
    assert likely_new(entries, None) == 3  # a feed never read: every entry
    assert likely_new(entries, NOW) == 1
