"""Streaming stages: articles go to the database in bounded chunks.

Whatever the size of an import file, of a run's staged pages or of the
archive, at most ``CHUNK`` articles (with their raw HTML and detections) are
held in memory at once: each chunk is stored in its own transaction (new
articles, URL forms, sketch index, detections) and its announcements are
placed into events before the next chunk is read.  A chunk that fails leaves
the earlier ones stored; re-running stores nothing twice (articles are keyed
by canonical URL, events by stable IDs).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from typing import TYPE_CHECKING

from pipeline.models import RunSummary
from pipeline.store import Store
from pipeline.store import articles as article_store

if TYPE_CHECKING:
    from pipeline.ingest import Ingested

__all__ = ["CHUNK", "StoredChanges", "chunked", "fill_summary", "store_stream"]

# articles held in memory and stored per transaction
CHUNK = 250


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
        new = set(result.new_ids)
        out.new_articles += len(new)
        out.duplicates += result.duplicates
        out.announcements += sum(
            1 for i in batch if i.article.article_id in new and i.detection.is_pardon_announcement
        )
        from pipeline.events import update_events  # not loaded when nothing is new

        changes = update_events(store, sorted(new), now=now)
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
