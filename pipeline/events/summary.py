"""What an event's mentions say together: one :class:`~pipeline.models.Event`.

No figure overwrites another: the event carries a consensus figure (the
median of the reports' figures), the lowest and highest claimed, and the
spread in words; every mention stays a claim.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar

from pipeline.events import normalise
from pipeline.events.cluster import cluster_dates
from pipeline.events.mentions import Mention, MentionKey, to_claim
from pipeline.models import Event

__all__ = ["EventRecord", "StoredEvent", "consensus", "spread_text", "summarise"]

T = TypeVar("T", bound=Hashable)


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """What the database remembers of an event between computations."""

    event_id: str
    founder: MentionKey
    first_seen: datetime
    last_updated: datetime
    fingerprint: str


@dataclass(frozen=True, slots=True)
class EventRecord:
    """An event ready to store: the public value plus its bookkeeping."""

    event: Event
    members: tuple[Mention, ...]
    founder: MentionKey
    country_key: str | None
    issuer_key: str | None
    fingerprint: str


def _mode(values: Iterable[T | None]) -> T | None:
    """The most frequent value; ties go to the one seen first."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    best = max(counts.values())
    return next(v for v in counts if counts[v] == best)


def _union(lists: Iterable[Sequence[str]]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for items in lists:
        for item in items:
            seen.setdefault(item.strip().lower(), item.strip())
    return tuple(seen.values())


def consensus(members: Sequence[Mention]) -> tuple[int | None, int | None, int | None]:
    """(consensus, lowest, highest) figure of the reports.

    The consensus is the median of the figures a source actually wrote as
    one number (never the middle of a range); lowest and highest come from
    numbers and range bounds.  Figures in words ("tens of thousands") give
    no number at all (see :func:`magnitude`); implementation totals count
    only when no report gives a figure.
    """
    reports = [m for m in members if not m.implementation and m.figures]
    precise = [m for m in reports if not normalise.is_vague(m.decree)]
    totals = [m for m in members if m.figures and not normalise.is_vague(m.decree)]
    chosen = precise or ([] if reports else totals)
    points = sorted(m.decree.count for m in chosen if m.decree.count is not None)
    middle = points[(len(points) - 1) // 2] if points else None
    lows = [v for m in chosen for v in (m.decree.count_low, m.decree.count) if v is not None]
    highs = [v for m in chosen for v in (m.decree.count_high, m.decree.count) if v is not None]
    return middle, (min(lows) if lows else None), (max(highs) if highs else None)


def magnitude(
    members: Sequence[Mention], count: int | None, high: int | None, low: int | None
) -> int | None:
    """The order of magnitude of the event's figure, for sorting: of the
    number when there is one, else of the largest figure in words."""
    number = count if count is not None else (high if high is not None else low)
    if number is not None and number > 0:
        return int(10 ** (len(str(number)) - 1))
    words = [m.decree.count_magnitude for m in members if m.decree.count_magnitude]
    return max(words) if words else None


def _labels(members: Iterable[Mention]) -> list[str]:
    """Each figure claimed, once, with who claimed it: "30,000-40,000 (Gulf
    Ledger)", "tens of thousands (Meridian Wire, Peyk Farsi)"."""
    who: dict[str, list[str]] = {}
    unnamed: Counter[str] = Counter()
    order: dict[str, tuple[int, str]] = {}
    for m in members:
        label = normalise.count_label(m.decree)
        if label is None:
            continue
        names = who.setdefault(label, [])
        if m.outlet and m.outlet not in names:
            names.append(m.outlet)
        elif not m.outlet:
            unnamed[label] += 1
        order.setdefault(label, ((m.figures or (0, 0))[0], label))
    out = []
    for label in sorted(who, key=lambda lbl: order[lbl]):
        names, others = list(who[label]), unnamed[label]
        if names and others:
            names.append(f"{others} more")
        elif others > 1:
            names.append(f"{others} sources")
        out.append(f"{label} ({', '.join(names)})" if names else label)
    return out


def spread_text(members: Sequence[Mention]) -> str:
    """The claims' figures in words.

    e.g. "30,000-40,000 claimed; 82,656 in a later implementation report".
    """
    reports = _labels(m for m in members if not m.implementation)
    totals = _labels(m for m in members if m.implementation)
    text = f"{', '.join(reports)} claimed" if reports else "no figure claimed"
    if totals:
        noun = (
            "a later implementation report" if len(totals) == 1 else "later implementation reports"
        )
        text += f"; {', '.join(totals)} in {noun}"
    return text


def _announced_on(members: Sequence[Mention]) -> date | None:
    stated = sorted(
        m.decree.announced_on for m in members if m.decree.announced_on and not m.implementation
    )
    return _mode(stated)


def _confidence(members: Sequence[Mention]) -> float:
    per_source: dict[str, float] = {}
    for m in members:
        per_source[m.source] = max(per_source.get(m.source, 0.0), m.confidence)
    doubt = 1.0
    for value in per_source.values():
        doubt *= 1.0 - min(max(value, 0.0), 1.0)
    return round(1.0 - doubt, 3)


def _fingerprint(event: Event, founder: MentionKey, members: Sequence[Mention]) -> str:
    content = {
        "event": {
            k: getattr(event, k)
            for k in event.__slots__
            if k not in ("claims", "first_seen", "last_updated")
        },
        "founder": founder,
        "claims": [(m.key, m.kind, m.confidence, m.decree.to_dict()) for m in members],
    }
    text = json.dumps(content, default=str, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def summarise(
    event_id: str,
    members: Sequence[Mention],
    *,
    first_seen: datetime,
    last_updated: datetime,
    founder: MentionKey | None = None,
) -> EventRecord:
    """Build the event ``event_id`` from its mentions (at least one)."""
    ordered = tuple(sorted(members, key=Mention.sort_key))
    keys = {m.key for m in ordered}
    founder = founder if founder in keys else ordered[0].key
    occasion = _mode(m.occasion for m in ordered)
    dates = cluster_dates(ordered)
    count, low, high = consensus(ordered)
    event = Event(
        event_id=event_id,
        country=_mode(m.decree.country for m in ordered),
        country_code=_mode(m.decree.country_code for m in ordered),
        issuer=_mode(normalise.issuer_label(m.decree.issuer) for m in ordered),
        announced_on=_announced_on(ordered),
        announced_from=dates[0] if dates else None,
        announced_to=dates[1] if dates else None,
        occasion=_mode(m.decree.occasion for m in ordered if m.occasion == occasion) or occasion,
        occasion_text=next(
            (
                m.decree.occasion_text
                for m in ordered
                if m.occasion == occasion and m.decree.occasion_text
            ),
            None,
        ),
        count=count,
        count_low=low,
        count_high=high,
        count_magnitude=magnitude(ordered, count, high, low),
        conditions=_union(m.decree.conditions for m in ordered),
        exclusions=_union(m.decree.exclusions for m in ordered),
        first_seen=first_seen,
        last_updated=last_updated,
        confidence=_confidence(ordered),
        sources=len({m.article_id for m in ordered}),
        independent_sources=len({m.source for m in ordered}),
        claims=tuple(to_claim(m, event_id) for m in ordered),
        spread=spread_text(ordered),
    )
    return EventRecord(
        event=event,
        members=ordered,
        founder=founder,
        country_key=_mode(m.country for m in ordered),
        issuer_key=_mode(m.issuer for m in ordered),
        fingerprint=_fingerprint(event, founder, ordered),
    )
