"""One clustering step from stored state to what must be written.

``resolve`` is pure: given the mentions already placed in events (those the
step may touch), the new or re-detected mentions, what is stored about those
events and the analysts' overrides, it clusters, names, applies the
overrides, summarises, and reports which events are new, changed or gone.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from pipeline.events.cluster import assign
from pipeline.events.ids import name_clusters
from pipeline.events.mentions import Mention
from pipeline.events.overrides import Override, apply_overrides
from pipeline.events.summary import EventRecord, StoredEvent, summarise

__all__ = ["Outcome", "resolve"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """The events to write (new or changed), to delete, and their IDs.

    ``aliases`` pairs each deleted event that was merged into another with the
    event it lives on in (``(old ID, surviving ID)``), so its ID stays resolvable.
    """

    records: tuple[EventRecord, ...]
    deleted: tuple[str, ...]
    new: tuple[str, ...]
    updated: tuple[str, ...]
    aliases: tuple[tuple[str, str], ...] = ()


def resolve(
    placed: Mapping[str, Sequence[Mention]],
    incoming: Iterable[Mention],
    stored: Mapping[str, StoredEvent],
    overrides: Sequence[Override],
    *,
    now: datetime,
    settled: frozenset[str] = frozenset(),
) -> Outcome:
    """Cluster ``incoming`` into the events ``placed`` and report the changes.

    ``placed`` maps event IDs to their current mentions (without the incoming
    articles' old ones); ``stored`` has the bookkeeping of every event the
    step may touch.  Unchanged events are left out of the outcome.
    ``settled`` names the events of ``placed`` that hold every mention they
    have stored: one that ends the step with exactly those mentions is
    unchanged and is not summarised again (most candidate events of a step).
    """
    clusters = assign([placed[eid] for eid in sorted(placed)], incoming)
    founders = {s.founder: s.event_id for s in stored.values()}
    split_targets = frozenset(o.other_event_id for o in overrides if o.kind == "split")
    named = name_clusters(clusters, founders, split_targets)
    final = apply_overrides(named, overrides)
    records, new, updated = [], [], []
    for event_id in sorted(final):
        previous = stored.get(event_id)
        if (
            previous is not None
            and event_id in settled
            and {m.key for m in final[event_id]} == {m.key for m in placed[event_id]}
        ):
            continue
        record = summarise(
            event_id,
            final[event_id],
            first_seen=previous.first_seen if previous else now,
            last_updated=now,
            founder=previous.founder if previous else None,
        )
        if previous is None:
            new.append(event_id)
        elif previous.fingerprint == record.fingerprint:
            continue
        else:
            updated.append(event_id)
        records.append(record)
    deleted = tuple(sorted(eid for eid in stored if eid not in final))
    holder = {m.key: event_id for event_id, members in final.items() for m in members}
    aliases = tuple(
        (eid, holder[stored[eid].founder]) for eid in deleted if stored[eid].founder in holder
    )
    return Outcome(tuple(records), deleted, tuple(new), tuple(updated), aliases)
