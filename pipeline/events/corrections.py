"""Analysts' corrections as library calls: merge events, split articles off one.

Each call records an override (kept in ``event_overrides``, applied after
every later clustering too) and re-places the articles involved at once.
Like :mod:`pipeline.events.update`, this module reads and writes through
:mod:`pipeline.store.events`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from pipeline.events.overrides import merge_override, split_override
from pipeline.events.update import EventChanges, update_events
from pipeline.store import Store
from pipeline.store import events as db

__all__ = ["CorrectionError", "merge_events", "split_event"]


class CorrectionError(ValueError):
    """A merge or split names an event or article that does not fit."""


def _articles_of(store: Store, event_ids: Sequence[str]) -> list[str]:
    placed = db.load_placed(store, event_ids)
    return sorted({m.article_id for members in placed.values() for m in members})


def merge_events(store: Store, keep: str, others: Sequence[str], *, now: datetime) -> EventChanges:
    """Fold the events ``others`` into ``keep`` (which keeps its ID)."""
    wanted = [keep, *(o for o in others if o != keep)]
    stored = db.load_stored(store, wanted)
    missing = [eid for eid in wanted if eid not in stored]
    if missing:
        raise CorrectionError(f"no event with ID {', '.join(missing)}")
    if len(wanted) < 2:
        raise CorrectionError("merge needs two different events")
    with store.transaction():
        for other in wanted[1:]:
            override = merge_override(
                keep, stored[keep].founder, other, stored[other].founder, created_at=now
            )
            db.save_override(store, override)
    return update_events(store, _articles_of(store, wanted), now=now)


def split_event(
    store: Store, event_id: str, article_urls: Sequence[str], *, now: datetime
) -> tuple[str, EventChanges]:
    """Move the claims of the articles at ``article_urls`` out of ``event_id``
    into a new event; return the new event's ID and the changes."""
    if not db.load_stored(store, [event_id]):
        raise CorrectionError(f"no event with ID {event_id}")
    found = db.find_articles(store, article_urls)
    unknown = [url for url in article_urls if not found.get(url)]
    if unknown:
        raise CorrectionError(f"no stored article at {', '.join(unknown)}")
    article_ids = {aid for aid in found.values() if aid}
    sources = _articles_of(store, [event_id])
    strangers = sorted(url for url, aid in found.items() if aid not in sources)
    if strangers:
        raise CorrectionError(f"not a source of event {event_id}: {', '.join(strangers)}")
    if article_ids >= set(sources):
        raise CorrectionError(f"splitting off every source of {event_id} would leave it empty")
    override = split_override(event_id, article_ids, created_at=now)
    db.save_override(store, override, article_urls=sorted(article_urls))
    changes = update_events(store, sources, now=now)
    return override.other_event_id, changes
