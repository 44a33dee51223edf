"""The seam between clustering and the database.

:func:`update_events` places the detections of some articles into events,
reading only the events those articles may touch (the ones that hold their
old claims, and the candidates of the same country within the date window),
so a run's cost grows with its new articles, not with the archive.
:func:`rebuild_events` recomputes everything from every stored detection.
Both end in the same pure step (:func:`pipeline.events.resolve.resolve`) and
write only what changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from pipeline.events.mentions import Mention
from pipeline.events.overrides import Override
from pipeline.events.resolve import Outcome, resolve
from pipeline.store import Store
from pipeline.store import events as db

__all__ = ["EventChanges", "rebuild_events", "update_events"]

# a new ID can clash with an event the step did not read only in odd cases
# (overrides folding events together); each round reads the clashing ones too
_MAX_ROUNDS = 4


@dataclass(frozen=True, slots=True)
class EventChanges:
    """The IDs of the events a step created and of those whose content changed."""

    new: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()


def _with_override_partners(
    store: Store, touched: set[str], overrides: Sequence[Override]
) -> set[str]:
    """Add the events at the other end of any override that involves ``touched``."""
    keys = [k for o in overrides for k in (o.event_key, o.other_key) if k is not None]
    held = db.holders(store, keys)
    out = set(touched)
    changed = True
    while changed:
        changed = False
        for o in overrides:
            sides = {o.event_id, o.other_event_id}
            sides |= {held[k] for k in (o.event_key, o.other_key) if k in held}
            if sides & out and not sides <= out:
                out |= sides
                changed = True
    return out


def _step(
    store: Store,
    article_ids: set[str],
    incoming: Sequence[Mention],
    touched: set[str],
    overrides: Sequence[Override],
    now: datetime,
) -> Outcome:
    for _ in range(_MAX_ROUNDS):
        stored = db.load_stored(store, touched)
        loaded = db.load_placed(store, stored)
        placed = {
            eid: [m for m in members if m.article_id not in article_ids]
            for eid, members in loaded.items()
        }
        settled = frozenset(eid for eid in placed if len(placed[eid]) == len(loaded[eid]))
        outcome = resolve(placed, incoming, stored, overrides, now=now, settled=settled)
        clashes = set(db.load_stored(store, outcome.new))
        if not clashes:
            return outcome
        touched = _with_override_partners(store, touched | clashes, overrides)
    raise RuntimeError(f"event IDs keep clashing for articles {sorted(article_ids)[:5]}")


def update_events(store: Store, article_ids: Sequence[str], *, now: datetime) -> EventChanges:
    """Place the detections of ``article_ids`` (new or re-detected) into events.

    Writes the events and claims that changed, with the analysts' overrides
    applied.  Calling it again with the same articles changes nothing.
    """
    ids = set(article_ids)
    if not ids:
        return EventChanges()
    incoming = db.load_mentions(store, sorted(ids))
    touched = db.events_of_articles(store, sorted(ids)) | db.candidate_events(store, incoming)
    overrides = db.load_overrides(store)
    touched = _with_override_partners(store, touched, overrides)
    outcome = _step(store, ids, incoming, touched, overrides, now)
    db.write_outcome(store, outcome)
    return EventChanges(new=outcome.new, updated=outcome.updated)


def rebuild_events(store: Store, *, now: datetime) -> EventChanges:
    """Recompute every event from every stored detection (``pardonwatch reprocess``).

    Events keep their IDs (through their founding mentions) and first-seen
    times; overrides are applied again; events no source supports any more
    are deleted.
    """
    incoming = db.load_mentions(store, None)
    stored = db.load_stored(store, None)
    outcome = resolve({}, incoming, stored, db.load_overrides(store), now=now)
    db.write_outcome(store, outcome)
    return EventChanges(new=outcome.new, updated=outcome.updated)
