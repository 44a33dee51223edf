"""Stable event IDs.

An event's ID is a hash of its *founding mention*: ``country | issuer office
| article_id | decree_index`` of the earliest mention (publication order) when
the event was first formed.  The founder is stored with the event, so when
clustering is redone (a rerun, a rebuild after ``reprocess``) every cluster
takes back the ID of the stored event whose founder it contains, whatever the
order the articles arrived in.  Only a cluster that contains no stored
founder is named afresh, from its own earliest mention: processing the same
archive from scratch in publication order gives the same IDs again.

A split creates an event whose ID hashes the split event's ID and the
articles split off (:func:`split_id`), so repeating a split repeats the ID.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from pipeline.events.mentions import Mention, MentionKey

__all__ = ["founding_id", "name_clusters", "split_id"]


def _digest(*parts: object) -> str:
    text = "|".join("" if p is None else str(p) for p in parts)
    return "ev_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def founding_id(mention: Mention) -> str:
    """The ID of an event founded by ``mention``."""
    return _digest(mention.country, mention.issuer, mention.article_id, mention.decree_index)


def split_id(event_id: str, article_ids: Iterable[str]) -> str:
    """The ID of the event made by splitting ``article_ids`` off ``event_id``."""
    return _digest("split", event_id, *sorted(set(article_ids)))


def name_clusters(
    clusters: Sequence[Sequence[Mention]],
    founders: Mapping[MentionKey, str],
    split_targets: frozenset[str] = frozenset(),
) -> dict[str, list[Mention]]:
    """Give each cluster an ID, reusing stored IDs where possible.

    In order: the ID of a stored event whose founder the cluster contains
    (events made by a split come last: the split override re-creates them);
    the stored ID most of its mentions had before, if no other cluster took
    it; the founding ID of its earliest mention.
    """
    ordered = sorted(
        (sorted(c, key=Mention.sort_key) for c in clusters if c),
        key=lambda c: c[0].sort_key(),
    )
    names: dict[int, str] = {}
    taken: set[str] = set()
    for index, members in enumerate(ordered):
        owned = [
            (founders[m.key] in split_targets, m.sort_key(), founders[m.key])
            for m in members
            if m.key in founders
        ]
        for _, _, event_id in sorted(owned):
            if event_id not in taken:
                names[index] = event_id
                taken.add(event_id)
                break
    for index, members in enumerate(ordered):
        if index in names:
            continue
        votes = Counter(
            m.prior_event_id
            for m in members
            if m.prior_event_id and m.prior_event_id not in split_targets
        )
        for event_id, _ in sorted(votes.items(), key=lambda kv: -kv[1]):
            if event_id not in taken:
                names[index] = event_id
                taken.add(event_id)
                break
    for index, members in enumerate(ordered):
        if index in names:
            continue
        fresh = next((founding_id(m) for m in members if founding_id(m) not in taken), None)
        event_id = fresh or _digest("cluster", *(m.key for m in members))
        names[index] = event_id
        taken.add(event_id)
    return {names[i]: list(members) for i, members in enumerate(ordered)}
