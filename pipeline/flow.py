"""Streaming stages: articles go to the database in bounded chunks, and
pages already rejected are not extracted again while they are unchanged.

Whatever the size of an import file, of a run's staged pages or of the
archive, at most ``CHUNK`` articles (with their raw HTML and detections) are
held in memory at once: each chunk is stored in its own transaction (new
articles, URL forms, sketch index, detections) and its announcements are
placed into events before the next chunk is read (the fault checkpoints
``store`` and ``cluster`` of :mod:`pipeline.faults` fire after the first).
A chunk that fails leaves the earlier ones stored; re-running stores nothing
twice (articles are keyed by canonical URL, events by stable IDs).

Pages that are not articles are remembered with their validators
(``pipeline.store.rejected``): the poll stages the validators of the
rejected links among its entries (``rejected-pages.json`` in the run
folder), the fetch asks for those pages conditionally, and a page the server
answers 304 for, or whose body has the same digest, is marked unchanged and
skipped by extraction.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Executor, Future, ThreadPoolExecutor, as_completed
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline import faults
from pipeline.models import RunSummary

# the store (and DuckDB) is imported where it is used: an extraction worker
# process imports this module for extract_record and never touches the database
if TYPE_CHECKING:
    import multiprocessing.context
    from concurrent.futures import ProcessPoolExecutor

    from pipeline.http import FetchResult, HttpClient
    from pipeline.ingest import Ingested
    from pipeline.models import Entry
    from pipeline.settings import Settings
    from pipeline.store import Store

Progress = Callable[[str, int, int], None]

__all__ = [
    "CHUNK",
    "REJECTED_FILE",
    "StoredChanges",
    "chunked",
    "conditional_headers",
    "fill_summary",
    "page_validators",
    "prepare_extraction",
    "rejection",
    "remember_rejections",
    "stage_rejections",
    "staged_rejections",
    "store_stream",
    "unchanged",
]

# articles held in memory and stored per transaction
CHUNK = 250
REJECTED_FILE = "rejected-pages.json"


@dataclass(slots=True)
class StoredChanges:
    """What a stream of articles changed: counts and the IDs of events touched."""

    seen: int = 0
    new_articles: int = 0
    duplicates: int = 0
    announcements: int = 0
    events_new: list[str] = field(default_factory=list)
    events_updated: list[str] = field(default_factory=list)


def chunked(items: Iterable[Ingested], size: int = CHUNK) -> Iterator[list[Ingested]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def store_stream(
    store: Store,
    items: Iterable[Ingested],
    *,
    run_id: str,
    min_containment: float,
    now: datetime,
    chunk: int | None = None,
) -> StoredChanges:
    """Store ``items`` chunk by chunk and place their detections into events."""
    from pipeline.store import articles as article_store
    from pipeline.store import rejected as rejected_store

    out = StoredChanges()
    new_events: dict[str, None] = {}
    updated: dict[str, None] = {}
    for batch in chunked(items, chunk or CHUNK):
        out.seen += len(batch)
        result = article_store.save_ingested(
            store, batch, run_id=run_id, min_containment=min_containment, now=now
        )
        # a link once rejected and now stored as an article is rejected no more
        rejected_store.forget(store, [u for i in batch for u in i.urls])
        faults.checkpoint("store")
        new = set(result.new_ids)
        out.new_articles += len(new)
        out.duplicates += result.duplicates
        out.announcements += sum(
            1 for i in batch if i.article.article_id in new and i.detection.is_pardon_announcement
        )
        from pipeline.events import update_events  # not loaded when nothing is new

        # the articles already stored are clustered again too (a no-op when they
        # were): a run cut between storing and clustering leaves them to whoever
        # resumes it
        changes = update_events(store, sorted(new | set(result.placed)), now=now)
        faults.checkpoint("cluster")
        new_events.update(dict.fromkeys(changes.new))
        updated.update(dict.fromkeys(changes.updated))
    out.events_new = list(new_events)
    # an event created by one chunk and grown by a later one is new, not updated
    out.events_updated = [e for e in updated if e not in new_events]
    return out


def fill_summary(summary: RunSummary, changes: StoredChanges) -> None:
    """Copy the counts of a stored stream into a run's summary."""
    summary.new_articles = changes.new_articles
    summary.duplicate_articles = changes.duplicates
    summary.detections = changes.new_articles
    summary.announcements = changes.announcements
    summary.events_new = len(changes.events_new)
    summary.events_updated = len(changes.events_updated)


# -- rejected pages -----------------------------------------------------------
def stage_rejections(store: Store, folder: Path, urls: Sequence[str]) -> None:
    """Write the validators of the rejected links among ``urls`` into ``folder``."""
    from pipeline.store import rejected as rejected_store

    known = rejected_store.validators_for(store, urls)
    if not known:
        return
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / REJECTED_FILE
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(known), encoding="utf-8")
    os.replace(tmp, path)


def staged_rejections(folder: Path) -> dict[str, dict[str, Any]]:
    path = folder / REJECTED_FILE
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def conditional_headers(known: Mapping[str, Any] | None) -> dict[str, str]:
    """If-None-Match / If-Modified-Since for a page rejected before."""
    headers: dict[str, str] = {}
    if known and known.get("etag"):
        headers["If-None-Match"] = str(known["etag"])
    if known and known.get("last_modified"):
        headers["If-Modified-Since"] = str(known["last_modified"])
    return headers


def _digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def page_validators(result: FetchResult) -> dict[str, str | None]:
    return {
        "etag": result.headers.get("etag"),
        "last_modified": result.headers.get("last-modified"),
        "body_sha256": _digest(result.body) if result.ok else None,
    }


def unchanged(known: Mapping[str, Any] | None, result: FetchResult) -> bool:
    """A page rejected before that the server (304) or its digest says is the same."""
    if not known or result.error is not None:
        return False
    if result.status == 304:
        return True
    return result.ok and known.get("body_sha256") == _digest(result.body)


def rejection(page: Mapping[str, Any], url: str, reason: str, now: datetime) -> dict[str, Any]:
    """The row remembering that the page staged as ``page`` is not an article."""
    validators = page.get("validators") or {}
    return {
        "url": url,
        "final_url": page.get("final_url"),
        "etag": validators.get("etag"),
        "last_modified": validators.get("last_modified"),
        "body_sha256": validators.get("body_sha256"),
        "reason": reason,
        "rejected_at": now,
    }


def remember_rejections(store: Store, rows: Sequence[dict[str, Any]]) -> None:
    from pipeline.store import rejected as rejected_store

    rejected_store.remember(store, rows)


# -- fetch and extract ----------------------------------------------------------
# batches fetched together: their pages interleaved by host, their bodies in
# memory (a batch is one feed's entries, so usually one host: a window of 40
# keeps up to 40 hosts busy while each waits out its per-host delay)
WINDOW = 40
# below this many pages in a run, extraction runs in this process (the workers'
# server costs about a second of imports and warm-up before the first page)
PROCESS_MIN_PAGES = 100


def _one_line(text: str) -> str:
    return " ".join(text.split())


def page_error(url: str, message: str) -> str:
    """``page URL: reason`` on one line, naming the URL once."""
    message = _one_line(message)
    return f"page {message}" if message.startswith(url) else f"page {url}: {message}"


def pages_path(batch: Path) -> Path:
    """The staged pages file of an entries batch."""
    return batch.with_name(batch.name.replace("entries-", "pages-")).with_suffix(".jsonl.gz")


def articles_path(pages: Path) -> Path:
    """The staged articles file of a pages file."""
    return pages.with_name(pages.name.replace("pages-", "articles-"))


def fetch_record(
    client: HttpClient, entry: Entry, known: Mapping[str, Any] | None, max_bytes: int
) -> dict[str, Any]:
    """GET one entry's page (conditionally when it was rejected before): a staged page record."""
    from pipeline.staging import entry_to_json

    try:
        result = client.get(entry.url, max_bytes=max_bytes, headers=conditional_headers(known))
        error = result.error
        if error is None and not result.ok and not unchanged(known, result):
            error = f"{result.final_url}: HTTP {result.status}"
    except Exception as exc:  # one page's failure is that page's error
        result, error = None, _one_line(f"{entry.url}: {type(exc).__name__}: {exc}")
    if result is not None and unchanged(known, result):
        return {"entry": entry_to_json(entry), "unchanged": True}
    return {
        "entry": entry_to_json(entry),
        "final_url": result.final_url if result else entry.url,
        "status": result.status if result else None,
        "error": error,
        "body": result.body.decode("latin-1") if result and error is None else None,
        "validators": page_validators(result) if result and error is None else None,
        "fetched_at": datetime.now(UTC).isoformat(),
    }


def extract_record(page: Mapping[str, Any], min_chars: int) -> dict[str, Any]:
    """Extract and detect one staged page record: a staged article (or error) record.

    A plain function of its arguments, so that it runs in a worker process too.
    """
    from pipeline.extract import NotAnArticle
    from pipeline.ingest import from_page
    from pipeline.staging import entry_from_json, ingested_to_json

    entry = entry_from_json(page["entry"])
    if page.get("unchanged"):
        return {"unchanged": entry.url}  # rejected before, not changed since
    if page["error"]:
        return {"error": page_error(entry.url, page["error"])}
    try:
        item = from_page(
            entry,
            final_url=page["final_url"],
            body=page["body"].encode("latin-1"),
            fetched_at=datetime.fromisoformat(page["fetched_at"]),
            min_chars=min_chars,
        )
    except NotAnArticle as exc:
        rejected = rejection(page, entry.url, str(exc), datetime.now(UTC))
        return {"error": page_error(entry.url, str(exc)), "rejected": rejected}
    except Exception as exc:  # one page's failure is that page's error
        detail = str(exc) if isinstance(exc, ValueError) else f"{type(exc).__name__}: {exc}"
        return {"error": page_error(entry.url, detail)}
    return ingested_to_json(item)


def fetch_extract(
    batches: Sequence[str], settings: Settings, progress: Progress | None = None
) -> list[str]:
    """Fetch and extract staged entry batches; return their staged articles files.

    One HTTP client for all of them (global and per-host limits and spacing),
    pages of ``WINDOW`` batches at a time interleaved by host, extraction
    starting as soon as a page arrives: in this process, or in worker
    processes (one per core) when the batches hold ``PROCESS_MIN_PAGES``
    pages or more.  Each batch gets its pages file and its articles file, so
    an interrupted run, or a retried task, resumes from them.
    """
    from pipeline.http import HttpClient

    out = [str(articles_path(pages_path(Path(b)))) for b in batches]
    todo = [Path(b) for b in batches if not articles_path(pages_path(Path(b))).exists()]
    total = 0
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress:
            progress("fetch", done, total)

    count = sum(1 for b in todo for _ in _lines(pages_path(b) if pages_path(b).exists() else b))
    with ExitStack() as stack:
        extractor: Executor | None = None
        if _in_processes(count):
            extractor = stack.enter_context(_extraction_pool())
        client = stack.enter_context(HttpClient(settings))
        for start in range(0, len(todo), WINDOW):
            window = todo[start : start + WINDOW]
            total += sum(1 for b in window if not pages_path(b).exists() for _ in _lines(b))
            _fetch_extract_window(client, extractor, window, settings, tick)
    return out


def _in_processes(pages: int) -> bool:
    return pages >= PROCESS_MIN_PAGES and (os.cpu_count() or 1) > 1


def _forkserver() -> multiprocessing.context.ForkServerContext | None:
    """The fork server's context, preloading :mod:`pipeline.extract_worker`
    (None where there is none: Windows)."""
    import multiprocessing  # only when extracting in worker processes

    if "forkserver" not in multiprocessing.get_all_start_methods():  # pragma: no cover
        return None
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["pipeline.extract_worker"])
    return context


def prepare_extraction(pages: int) -> None:
    """Start the extraction workers' server when ``pages`` pages will be extracted
    in worker processes: it loads while the caller finishes its poll.  Called
    again with a new estimate, it starts the server once."""
    global _PREPARED
    if not _PREPARED and _in_processes(pages) and _forkserver() is not None:
        from multiprocessing import forkserver

        forkserver.ensure_running()
        _PREPARED = True


_PREPARED = False


def warm_context() -> multiprocessing.context.ForkServerContext | None:
    """The extraction workers' server, once :func:`prepare_extraction` started it:
    a process forked from it starts with Python and its libraries loaded."""
    return _forkserver() if _PREPARED else None


def _extraction_pool() -> ProcessPoolExecutor:
    """One worker process per core, forked from a server that has loaded and warmed
    what extraction needs (:mod:`pipeline.extract_worker`) once for all of them.

    Spawned workers each spent about a second of a core on the same imports,
    the detector's tables and the language model before their first page.
    Where there is no fork server (Windows), workers are spawned.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = _forkserver() or multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(max_workers=os.cpu_count(), mp_context=context)


def _lines(path: Path) -> Iterator[dict[str, Any]]:
    from pipeline.staging import read_jsonl

    return read_jsonl(path)


def _fetch_extract_window(
    client: HttpClient,
    extractor: Executor | None,
    window: Sequence[Path],
    settings: Settings,
    tick: Callable[[], None],
) -> None:
    from pipeline.staging import entry_from_json, read_jsonl, write_jsonl
    from pipeline.urls import by_host

    pages: list[list[dict[str, Any] | None]] = []
    jobs: list[tuple[int, int, Entry]] = []
    for index, batch in enumerate(window):
        if pages_path(batch).exists():
            pages.append(list(read_jsonl(pages_path(batch))))
            continue
        entries = [entry_from_json(r) for r in read_jsonl(batch)]
        pages.append([None] * len(entries))
        jobs.extend((index, position, entry) for position, entry in enumerate(entries))
    rejected = {b.parent: staged_rejections(b.parent) for b in window}
    results: list[list[Any]] = [[None] * len(p) for p in pages]
    missing = [sum(1 for r in p if r is None) for p in pages]
    with ExitStack() as stack:

        def extract(index: int, position: int, page: dict[str, Any]) -> None:
            if extractor is None:
                results[index][position] = extract_record(page, settings.min_text_chars)
            else:
                results[index][position] = extractor.submit(
                    extract_record, page, settings.min_text_chars
                )

        for index, batch_pages in enumerate(pages):
            if missing[index] == 0:  # staged by an earlier try: extract only
                for position, page in enumerate(batch_pages):
                    extract(index, position, page)  # type: ignore[arg-type]
        workers = max(1, min(settings.max_concurrency, len(jobs)))
        fetcher = stack.enter_context(
            ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fetch")
        )
        futures = {
            fetcher.submit(
                fetch_record,
                client,
                entry,
                rejected[window[index].parent].get(entry.url),
                settings.max_page_bytes,
            ): (index, position)
            for index, position, entry in by_host(jobs, lambda job: job[2].url)
        }
        for future in as_completed(futures):
            index, position = futures[future]
            page = future.result()
            pages[index][position] = page
            tick()
            extract(index, position, page)
            missing[index] -= 1
            if missing[index] == 0:
                write_jsonl(pages_path(window[index]), pages[index])  # type: ignore[arg-type]
                faults.checkpoint("fetch")
        for index, batch in enumerate(window):
            records = []
            for position, value in enumerate(results[index]):
                if isinstance(value, Future):
                    from concurrent.futures.process import BrokenProcessPool

                    try:
                        value = value.result()
                    except BrokenProcessPool as exc:
                        url = str(pages[index][position]["entry"]["url"])  # type: ignore[index]
                        value = {"error": page_error(url, f"extraction worker died: {exc}")}
                records.append(value)
            write_jsonl(articles_path(pages_path(batch)), records)
            faults.checkpoint("extract")
