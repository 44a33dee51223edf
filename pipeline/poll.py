"""Polling feeds: one conditional GET per due feed, and its new poll state.

``advance`` is the pure part: given a feed's state and what the server
answered, it returns the next state (etag, back-off, retirement, moved URL).
``poll_feeds`` runs the GETs concurrently through :class:`HttpClient`; an
unexpected failure while polling one feed is that feed's error, never the
run's.  ``usable_feeds`` sets aside the feeds whose URL cannot be fetched at
all (a line break inside it, a host IDNA rejects), each with its reason.
"""

from __future__ import annotations

import dataclasses
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from pipeline.feeds import FeedParseError, ParsedFeed, parse_feed
from pipeline.http import FetchResult, HttpClient, retry_after
from pipeline.models import Entry, Feed, FeedState
from pipeline.settings import Settings
from pipeline.urls import URLError, by_host, check_url

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

# from this many feeds in one poll, feeds are parsed in worker processes (a
# worker costs about a second of imports before its first parse)
PARSE_PROCESS_MIN = 200
# bodies fetched and waiting for a parser process, at most
PARSE_BACKLOG = 64

__all__ = [
    "PollOutcome",
    "advance",
    "due",
    "fetch_feed",
    "finish_feed",
    "likely_new",
    "poll_feed",
    "poll_feeds",
    "usable_feeds",
]


@dataclass(frozen=True, slots=True)
class PollOutcome:
    """One feed's poll: ``kind`` is ok, not_modified, failed or retired."""

    feed_url: str
    kind: str
    state: FeedState
    entries: tuple[Entry, ...] = ()
    error: str | None = None
    #: entries left out (an unusable link), one line each; the feed itself is fine
    notes: tuple[str, ...] = ()

    @property
    def moved_to(self) -> str | None:
        return self.state.current_url if self.state.current_url != self.feed_url else None


def usable_feeds(feeds: Sequence[Feed]) -> tuple[list[Feed], list[str]]:
    """Split ``feeds`` into those whose URL can be polled and one error line per other."""
    usable: list[Feed] = []
    errors: list[str] = []
    for feed in feeds:
        try:
            check_url(feed.url)
        except URLError as exc:
            errors.append(f"feed {feed.name or '(no name)'}: not polled: {exc}")
            continue
        usable.append(feed)
    return usable, errors


def likely_new(entries: Sequence[Entry], last_success: datetime | None) -> int:
    """How many of a feed's entries are likely not seen before: all of them when
    the feed was never read, else those published after its last successful
    poll (an estimate made before the store is asked, to start work early)."""
    if last_success is None:
        return len(entries)
    return sum(1 for e in entries if e.published is not None and e.published > last_success)


def due(state: FeedState, now: datetime) -> bool:
    return not state.retired and (state.next_poll_at is None or state.next_poll_at <= now)


def _backoff(failures: int, settings: Settings) -> timedelta:
    seconds = settings.backoff_base * 2 ** max(0, failures - 1)
    return timedelta(seconds=min(seconds, settings.backoff_max))


def advance(
    state: FeedState,
    result: FetchResult,
    parsed: ParsedFeed | None,
    parse_error: str | None,
    now: datetime,
    settings: Settings,
) -> tuple[str, FeedState, str | None]:
    """The next poll state after ``result``; returns (kind, state, error)."""
    base = dataclasses.replace(state, last_polled_at=now, last_status=result.status)
    if result.permanent_redirect and result.status is not None and result.status < 400:
        base = dataclasses.replace(base, current_url=result.permanent_redirect)
    if result.status == 304:
        return "not_modified", _success(base, now, settings, result), None
    if result.status == 410:
        error = f"{state.url}: 410 Gone, feed retired"
        return "retired", dataclasses.replace(base, retired=True, last_error=error), error
    if result.ok and parsed is not None:
        ok = _success(base, now, settings, result)
        return "ok", dataclasses.replace(ok, bozo=parsed.bozo), None
    error = result.error or parse_error or f"{result.final_url}: HTTP {result.status}"
    failures = state.consecutive_failures + 1
    next_poll = now + _backoff(failures, settings)
    if result.status in {429, 503}:
        honoured = retry_after(result.headers.get("retry-after"), now)
        if honoured is not None:
            next_poll = honoured
            error = f"{error} (Retry-After honoured until {honoured.isoformat()})"
    failed = dataclasses.replace(
        base, consecutive_failures=failures, next_poll_at=next_poll, last_error=error
    )
    return "failed", failed, error


def _success(state: FeedState, now: datetime, settings: Settings, result: FetchResult) -> FeedState:
    return dataclasses.replace(
        state,
        etag=result.headers.get("etag") or state.etag,
        last_modified=result.headers.get("last-modified") or state.last_modified,
        last_success_at=now,
        consecutive_failures=0,
        next_poll_at=now + timedelta(seconds=settings.poll_interval),
        last_error=None,
    )


def fetch_feed(client: HttpClient, state: FeedState, settings: Settings) -> FetchResult:
    """GET the feed, conditionally when its validators are known."""
    headers = {
        "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
    }
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    return client.get(
        state.current_url or state.url, max_bytes=settings.max_feed_bytes, headers=headers
    )


def _parse_options(result: FetchResult, settings: Settings) -> dict[str, Any]:
    return {
        "url": result.final_url,
        "max_entries": settings.max_entries_per_feed,
        "content_type": result.headers.get("content-type", "application/xml"),
    }


def poll_feed(
    client: HttpClient,
    state: FeedState,
    settings: Settings,
    now: datetime,
    *,
    parse: Callable[..., ParsedFeed] = parse_feed,
) -> PollOutcome:
    """Fetch, parse and judge one feed."""
    result = fetch_feed(client, state, settings)
    parsed, parse_error = _parsed(
        result, lambda: parse(result.body, **_parse_options(result, settings))
    )
    return finish_feed(state, result, parsed, parse_error, now, settings)


def _parsed(
    result: FetchResult, parse: Callable[[], ParsedFeed]
) -> tuple[ParsedFeed | None, str | None]:
    """The parsed feed of a fetch that got a body, or the reason it is no feed."""
    if not result.ok:
        return None, None
    try:
        return parse(), None
    except FeedParseError as exc:
        return None, str(exc)


def finish_feed(
    state: FeedState,
    result: FetchResult,
    parsed: ParsedFeed | None,
    parse_error: str | None,
    now: datetime,
    settings: Settings,
) -> PollOutcome:
    """The outcome of one fetched (and parsed) feed: its entries and next state."""
    kind, new_state, error = advance(state, result, parsed, parse_error, now, settings)
    entries = parsed.entries if parsed is not None and kind == "ok" else ()
    if entries and state.name:
        entries = tuple(dataclasses.replace(e, source=state.name) for e in entries)
    if entries and state.language:
        entries = tuple(
            dataclasses.replace(e, language=e.language or state.language) for e in entries
        )
    entries = tuple(dataclasses.replace(e, feed_url=state.url) for e in entries)
    notes = tuple(f"feed {state.url}: {note}" for note in (parsed.rejected if parsed else ()))
    return PollOutcome(state.current_url or state.url, kind, new_state, entries, error, notes)


def _crashed(state: FeedState, exc: Exception, settings: Settings, now: datetime) -> PollOutcome:
    """The outcome of a poll that raised: a failure of this feed, backed off like any other."""
    url = state.current_url or state.url
    message = " ".join(f"{url}: {type(exc).__name__}: {exc}".split())
    kind, new_state, error = advance(
        state, FetchResult(url, url, error=message), None, None, now, settings
    )
    return PollOutcome(url, kind, new_state, (), error)


def poll_feeds(
    client: HttpClient,
    states: Sequence[FeedState],
    settings: Settings,
    now: datetime,
    *,
    on_done: Callable[[PollOutcome], None] | None = None,
) -> list[PollOutcome]:
    """Poll every feed in ``states`` concurrently, in input order.

    Feeds are fetched round-robin over their hosts.  From ``PARSE_PROCESS_MIN``
    feeds on, they are parsed in worker processes (one per core), and a
    fetching thread hands its body over and goes on to the next feed: the
    network keeps ``max_concurrency`` requests in flight while the cores parse
    (at most ``PARSE_BACKLOG`` bodies wait for a parser, so memory stays bounded).
    """
    if not states:
        return []
    workers = max(1, min(settings.max_concurrency, len(states)))
    with ExitStack() as stack:
        parsers: ProcessPoolExecutor | None = None
        if len(states) >= PARSE_PROCESS_MIN and (os.cpu_count() or 1) > 1:
            # multiprocessing is imported only for a poll this large
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            parsers = stack.enter_context(
                ProcessPoolExecutor(
                    max_workers=os.cpu_count(), mp_context=multiprocessing.get_context("spawn")
                )
            )
        backlog = threading.BoundedSemaphore(PARSE_BACKLOG)

        def job(state: FeedState) -> PollOutcome | tuple[FetchResult, Future[ParsedFeed] | None]:
            if parsers is None:
                return poll_feed(client, state, settings, now)
            result = fetch_feed(client, state, settings)
            if not result.ok:
                return result, None
            backlog.acquire()
            parsing = parsers.submit(parse_feed, result.body, **_parse_options(result, settings))
            parsing.add_done_callback(lambda _done: backlog.release())
            return result, parsing

        pool = stack.enter_context(
            ThreadPoolExecutor(max_workers=workers, thread_name_prefix="poll")
        )
        # submitted round-robin over hosts: the per-host limit holds no worker
        # up while feeds of other hosts wait; outcomes still in input order
        order = by_host(list(range(len(states))), lambda i: states[i].current_url or states[i].url)
        submitted = {i: pool.submit(job, states[i]) for i in order}
        outcomes = []
        for index, state in enumerate(states):
            try:
                outcome = _outcome(state, submitted[index].result(), settings, now)
            except Exception as exc:  # one feed's bug or bad data is that feed's error
                outcome = _crashed(state, exc, settings, now)
            if on_done:
                on_done(outcome)
            outcomes.append(outcome)
    return outcomes


def _outcome(
    state: FeedState,
    done: PollOutcome | tuple[FetchResult, Future[ParsedFeed] | None],
    settings: Settings,
    now: datetime,
) -> PollOutcome:
    """A thread's outcome, or the outcome of its fetch once the parse is done."""
    if isinstance(done, PollOutcome):
        return done
    result, parsing = done
    parsed, parse_error = _parsed(result, parsing.result) if parsing else (None, None)
    return finish_feed(state, result, parsed, parse_error, now, settings)
