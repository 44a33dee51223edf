"""Events, claims and overrides in DuckDB.

Reads return plain values (:class:`~pipeline.models.Event`, mentions,
overrides); :func:`write_outcome` writes what one clustering step changed in
one transaction, a statement per table per batch.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from pipeline.models import Claim, Decree, Event
from pipeline.store import Store

# the grouping modules are imported by the functions that build their values:
# reading events (alerts, the report) needs only pipeline.models
if TYPE_CHECKING:
    from pipeline.events.mentions import Mention, MentionKey
    from pipeline.events.overrides import Override
    from pipeline.events.resolve import Outcome
    from pipeline.events.summary import EventRecord, StoredEvent

__all__ = [
    "candidate_events",
    "claim_keys",
    "events_of_articles",
    "find_articles",
    "holders",
    "load_events",
    "load_mentions",
    "load_overrides",
    "load_placed",
    "load_stored",
    "recent_event_ids",
    "resolve_ids",
    "save_override",
    "write_outcome",
]


def _ids(values: Iterable[str] | None) -> list[str] | None:
    return None if values is None else sorted(set(values))


# -- mentions ------------------------------------------------------------
def claim_keys(store: Store, article_ids: Sequence[str] | None) -> dict[MentionKey, str]:
    """Where the claims of ``article_ids`` (all when ``None``) sit now."""
    rows = store.rows("events_claim_keys", {"article_ids": _ids(article_ids)})
    return {(r["article_id"], r["decree_index"]): r["event_id"] for r in rows}


def load_mentions(store: Store, article_ids: Sequence[str] | None) -> list[Mention]:
    """The mentions in the stored detections of ``article_ids`` (all when ``None``)."""
    from pipeline.events.mentions import mentions_from_detection

    if article_ids is None:
        rows = store.rows("events_mentions_all")
    else:
        rows = store.rows("events_mentions_of_articles", {"article_ids": _ids(article_ids)})
    prior = claim_keys(store, article_ids)
    out: list[Mention] = []
    for row in rows:
        payload = row["payload"]
        data = json.loads(payload) if isinstance(payload, str) else dict(payload)
        data.setdefault("is_pardon_announcement", True)
        out.extend(mentions_from_detection(row, data, prior=prior))
    return out


def _mention_from_claim(row: Mapping[str, Any]) -> Mention:
    from pipeline.events.mentions import Mention

    decree = Decree(
        country=row["country"],
        country_code=row["country_code"],
        issuer=row["issuer"],
        count=row["count"],
        count_text=row["count_text"],
        count_low=row["count_low"],
        count_high=row["count_high"],
        count_magnitude=row["count_magnitude"],
        announced_on=row["announced_on"],
        occasion=row["occasion"],
        occasion_text=row["occasion_text"],
        conditions=tuple(row["conditions"] or ()),
        exclusions=tuple(row["exclusions"] or ()),
        evidence=tuple(row["evidence"] or ()),
    )
    return Mention(
        article_id=row["article_id"],
        decree_index=row["decree_index"],
        decree=decree,
        article_url=row["url"],
        outlet=row["source"],
        published=row["published"],
        language=row["language"],
        story_id=row["story_id"],
        confidence=row["confidence"],
        prior_event_id=row["event_id"],
    )


def load_placed(store: Store, event_ids: Iterable[str]) -> dict[str, list[Mention]]:
    """The mentions now placed in each of ``event_ids``."""
    ids = _ids(event_ids)
    out: dict[str, list[Mention]] = {eid: [] for eid in ids or ()}
    if ids:
        for row in store.rows("events_claims", {"event_ids": ids}):
            out[row["event_id"]].append(_mention_from_claim(row))
    return out


def load_stored(store: Store, event_ids: Iterable[str] | None) -> dict[str, StoredEvent]:
    """The bookkeeping of ``event_ids`` (every event when ``None``)."""
    from pipeline.events.summary import StoredEvent

    ids = _ids(event_ids)
    if ids == []:
        return {}
    return {
        r["event_id"]: StoredEvent(
            event_id=r["event_id"],
            founder=(r["founding_article_id"], r["founding_decree_index"]),
            first_seen=r["first_seen"],
            last_updated=r["last_updated"],
            fingerprint=r["fingerprint"],
        )
        for r in store.rows("events_stored", {"event_ids": ids})
    }


# -- finding the events a step may touch ------------------------------------
def events_of_articles(store: Store, article_ids: Sequence[str]) -> set[str]:
    """The events that hold claims of ``article_ids``."""
    return set(claim_keys(store, article_ids).values())


def candidate_events(store: Store, mentions: Sequence[Mention]) -> set[str]:
    """The events ``mentions`` may join: same country, dates within the window."""
    from pipeline.events.cluster import MAX_WINDOW

    if not mentions:
        return set()
    window = MAX_WINDOW + timedelta(days=1)
    lows: list[date | None] = [m.dates[0] - window if m.dates else None for m in mentions]
    highs: list[date | None] = [m.dates[1] + window if m.dates else None for m in mentions]
    params = {"country_keys": [m.country for m in mentions], "lows": lows, "highs": highs}
    return {r["event_id"] for r in store.rows("events_candidates", params)}


def holders(store: Store, keys: Iterable[MentionKey]) -> dict[MentionKey, str]:
    """The event that holds each of the given mentions (absent ones left out)."""
    wanted = sorted(set(keys))
    if not wanted:
        return {}
    params = {"article_ids": [k[0] for k in wanted], "decree_indexes": [k[1] for k in wanted]}
    rows = store.rows("events_holding", params)
    return {(r["article_id"], r["decree_index"]): r["event_id"] for r in rows}


# -- overrides ---------------------------------------------------------------
def _key(article_id: str | None, index: int | None) -> MentionKey | None:
    return None if article_id is None or index is None else (article_id, index)


def load_overrides(store: Store) -> list[Override]:
    """Every analyst correction, in the order they are applied."""
    from pipeline.events.overrides import Override

    return [
        Override(
            override_id=r["override_id"],
            kind=r["kind"],
            event_id=r["event_id"],
            other_event_id=r["other_event_id"],
            created_at=r["created_at"],
            event_key=_key(r["event_article_id"], r["event_decree_index"]),
            other_key=_key(r["other_article_id"], r["other_decree_index"]),
            article_ids=tuple(r["article_ids"] or ()),
        )
        for r in store.rows("events_overrides")
    ]


def save_override(store: Store, override: Override, *, article_urls: Sequence[str] = ()) -> None:
    """Record one correction (the same correction twice is stored once)."""
    event_key = override.event_key or (None, None)
    other_key = override.other_key or (None, None)
    store.run(
        "events_override_insert",
        {
            "override_id": override.override_id,
            "kind": override.kind,
            "event_id": override.event_id,
            "other_event_id": override.other_event_id,
            "event_article_id": event_key[0],
            "event_decree_index": event_key[1],
            "other_article_id": other_key[0],
            "other_decree_index": other_key[1],
            "article_ids": list(override.article_ids),
            "article_urls": list(article_urls),
            "created_at": override.created_at,
        },
    )


def find_articles(store: Store, urls: Sequence[str]) -> dict[str, str | None]:
    """The article ID behind each URL (canonical, original or alias), or ``None``."""
    if not urls:
        return {}
    rows = store.rows("events_find_articles", {"urls": list(urls)})
    return {r["url"]: r["article_id"] for r in rows}


# -- writing -----------------------------------------------------------------
def _columns(rows: Sequence[Mapping[str, Any]]) -> dict[str, list[Any]]:
    return {name: [row[name] for row in rows] for name in rows[0]}


def _event_row(record: EventRecord) -> dict[str, Any]:
    e = record.event
    return {
        "event_id": e.event_id,
        "country": e.country,
        "country_code": e.country_code,
        "country_key": record.country_key,
        "issuer": e.issuer,
        "issuer_key": record.issuer_key,
        "announced_on": e.announced_on,
        "announced_from": e.announced_from,
        "announced_to": e.announced_to,
        "occasion": e.occasion,
        "occasion_text": e.occasion_text,
        "count": e.count,
        "count_low": e.count_low,
        "count_high": e.count_high,
        "count_magnitude": e.count_magnitude,
        "spread": e.spread,
        "conditions": list(e.conditions),
        "exclusions": list(e.exclusions),
        "confidence": e.confidence,
        "sources": e.sources,
        "independent_sources": e.independent_sources,
        "first_seen": e.first_seen,
        "last_updated": e.last_updated,
        "founding_article_id": record.founder[0],
        "founding_decree_index": record.founder[1],
        "fingerprint": record.fingerprint,
    }


def _claim_row(mention: Mention, event_id: str) -> dict[str, Any]:
    d = mention.decree
    return {
        "article_id": mention.article_id,
        "decree_index": mention.decree_index,
        "event_id": event_id,
        "kind": mention.kind,
        "country": d.country,
        "country_code": d.country_code,
        "issuer": d.issuer,
        "count": d.count,
        "count_text": d.count_text,
        "count_low": d.count_low,
        "count_high": d.count_high,
        "count_magnitude": d.count_magnitude,
        "announced_on": d.announced_on,
        "occasion": d.occasion,
        "occasion_text": d.occasion_text,
        "conditions": list(d.conditions),
        "exclusions": list(d.exclusions),
        "evidence": list(d.evidence),
        "confidence": mention.confidence,
    }


def write_outcome(store: Store, outcome: Outcome) -> None:
    """Replace the changed events and their claims; delete the vanished ones."""
    touched = sorted({r.event.event_id for r in outcome.records} | set(outcome.deleted))
    if not touched:
        return
    events = [_event_row(r) for r in outcome.records]
    claims = [_claim_row(m, r.event.event_id) for r in outcome.records for m in r.members]
    live = [r.event.event_id for r in outcome.records]
    with store.transaction():
        store.run("events_claims_delete", {"event_ids": touched})
        store.run("events_delete", {"event_ids": touched})
        if events:
            store.run("events_insert", _columns(events))
        if claims:
            store.run("events_claims_insert", _columns(claims))
        if live:
            store.run("events_aliases_drop", {"event_ids": live})
        if outcome.aliases:
            pairs = {
                "alias_ids": [old for old, _ in outcome.aliases],
                "event_ids": [new for _, new in outcome.aliases],
            }
            store.run("events_aliases_follow", pairs)
            store.run("events_aliases_add", {**pairs, "merged_at": datetime.now(UTC)})


# -- reading events ------------------------------------------------------------
def _claim(row: Mapping[str, Any]) -> Claim:
    return Claim(
        event_id=row["event_id"],
        article_id=row["article_id"],
        article_url=row["url"],
        title=row.get("title"),
        outlet=row["source"],
        published=row["published"],
        language=row["language"],
        story_id=row["story_id"],
        count=row["count"],
        count_text=row["count_text"],
        count_low=row["count_low"],
        count_high=row["count_high"],
        count_magnitude=row["count_magnitude"],
        announced_on=row["announced_on"],
        occasion=row["occasion"],
        occasion_text=row["occasion_text"],
        evidence=tuple(row["evidence"] or ()),
        confidence=row["confidence"],
        kind=row["kind"],
        decree_index=row["decree_index"],
    )


def resolve_ids(store: Store, ids: Sequence[str]) -> dict[str, str | None]:
    """The event each of ``ids`` stands for now (itself, or the event it was
    merged into), ``None`` for an ID that was never an event."""
    if not ids:
        return {}
    rows = store.rows("events_resolve_ids", {"ids": list(ids)})
    return {r["id"]: r["event_id"] for r in rows}


def load_events(
    store: Store, event_ids: Sequence[str] | None = None, *, since: datetime | None = None
) -> list[Event]:
    """Events (all, or ``event_ids``; updated at or after ``since``) with their
    claims, most recent decree first."""
    ids = _ids(event_ids)
    if ids == []:
        return []
    rows = store.rows("events_rows", {"event_ids": ids, "since": since})
    if not rows:
        return []
    claims: dict[str, list[Claim]] = {}
    for row in store.rows("events_claims", {"event_ids": [r["event_id"] for r in rows]}):
        claims.setdefault(row["event_id"], []).append(_claim(row))
    return [
        Event(
            event_id=r["event_id"],
            country=r["country"],
            country_code=r["country_code"],
            issuer=r["issuer"],
            announced_on=r["announced_on"],
            announced_from=r["announced_from"],
            announced_to=r["announced_to"],
            occasion=r["occasion"],
            occasion_text=r["occasion_text"],
            count=r["count"],
            count_low=r["count_low"],
            count_high=r["count_high"],
            count_magnitude=r["count_magnitude"],
            conditions=tuple(r["conditions"] or ()),
            exclusions=tuple(r["exclusions"] or ()),
            first_seen=r["first_seen"],
            last_updated=r["last_updated"],
            confidence=r["confidence"],
            sources=r["sources"],
            independent_sources=r["independent_sources"],
            claims=tuple(claims.get(r["event_id"], ())),
            spread=r["spread"],
        )
        for r in rows
    ]


def recent_event_ids(store: Store, *, limit: int = 20, country: str | None = None) -> list[str]:
    """The IDs of the most recent decrees (by decree date), optionally of one country."""
    params = {"limit": limit, "country": country}
    return [r["event_id"] for r in store.rows("events_recent", params)]
