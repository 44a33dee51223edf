"""Analysts' corrections: merge events, split articles off an event.

Overrides are stored (table ``event_overrides``) and applied after every
clustering, in the order they were made (``created_at``, then
``override_id``), so they survive reruns and rebuilds.  Each records both
the event IDs and the mentions that founded them, so it still finds its
events when a rebuild renames a cluster.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from pipeline.events.ids import split_id
from pipeline.events.mentions import Mention, MentionKey

__all__ = ["Override", "apply_overrides", "merge_override", "split_override"]


@dataclass(frozen=True, slots=True)
class Override:
    """One analyst correction.

    ``merge``: ``other_event_id`` (founded by ``other_key``) is folded into
    ``event_id`` (founded by ``event_key``).  ``split``: the mentions of
    ``article_ids`` leave ``event_id`` for a new event ``other_event_id``.
    """

    override_id: str
    kind: str
    event_id: str
    other_event_id: str
    created_at: datetime
    event_key: MentionKey | None = None
    other_key: MentionKey | None = None
    article_ids: tuple[str, ...] = ()


def _override_id(*parts: object) -> str:
    text = "|".join(str(p) for p in parts)
    return "ov_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def merge_override(
    keep: str,
    keep_key: MentionKey | None,
    other: str,
    other_key: MentionKey | None,
    *,
    created_at: datetime,
) -> Override:
    """Fold event ``other`` into event ``keep``."""
    return Override(
        override_id=_override_id("merge", keep, other, created_at.isoformat()),
        kind="merge",
        event_id=keep,
        other_event_id=other,
        created_at=created_at,
        event_key=keep_key,
        other_key=other_key,
    )


def split_override(event_id: str, article_ids: Iterable[str], *, created_at: datetime) -> Override:
    """Move the mentions of ``article_ids`` out of ``event_id`` into a new event."""
    articles = tuple(sorted(set(article_ids)))
    return Override(
        override_id=_override_id("split", event_id, *articles, created_at.isoformat()),
        kind="split",
        event_id=event_id,
        other_event_id=split_id(event_id, articles),
        created_at=created_at,
        article_ids=articles,
    )


def _holding(events: Mapping[str, Sequence[Mention]], key: MentionKey | None) -> str | None:
    if key is None:
        return None
    return next(
        (eid for eid, members in events.items() if any(m.key == key for m in members)), None
    )


def _find(
    events: Mapping[str, Sequence[Mention]], event_id: str, key: MentionKey | None
) -> str | None:
    return event_id if event_id in events else _holding(events, key)


def _split_source(events: Mapping[str, Sequence[Mention]], override: Override) -> str | None:
    if override.event_id in events:
        return override.event_id
    wanted = set(override.article_ids)
    counts = {eid: sum(m.article_id in wanted for m in ms) for eid, ms in events.items()}
    best = sorted((-n, eid) for eid, n in counts.items() if n and eid != override.other_event_id)
    return best[0][1] if best else None


def apply_overrides(
    events: Mapping[str, Sequence[Mention]], overrides: Iterable[Override]
) -> dict[str, list[Mention]]:
    """Apply ``overrides`` (in the order they were made) to named clusters."""
    out = {eid: list(members) for eid, members in events.items()}
    for override in sorted(overrides, key=lambda o: (o.created_at, o.override_id)):
        if override.kind == "merge":
            keep = _find(out, override.event_id, override.event_key)
            other = _find(out, override.other_event_id, override.other_key)
            if keep and other and keep != other:
                out[keep].extend(out.pop(other))
        elif override.kind == "split":
            source = _split_source(out, override)
            if source is None or source == override.other_event_id:
                continue
            wanted = set(override.article_ids)
            moving = [m for m in out[source] if m.article_id in wanted]
            if not moving:
                continue
            out[source] = [m for m in out[source] if m.article_id not in wanted]
            out.setdefault(override.other_event_id, []).extend(moving)
            if not out[source]:
                del out[source]
    return out
