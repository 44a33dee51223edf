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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline import faults
from pipeline.models import RunSummary
from pipeline.store import Store
from pipeline.store import articles as article_store
from pipeline.store import rejected as rejected_store

if TYPE_CHECKING:
    from pipeline.http import FetchResult
    from pipeline.ingest import Ingested

__all__ = [
    "CHUNK",
    "REJECTED_FILE",
    "StoredChanges",
    "chunked",
    "conditional_headers",
    "fill_summary",
    "page_validators",
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
    rejected_store.remember(store, rows)
