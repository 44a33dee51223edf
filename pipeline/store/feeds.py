"""Feeds and their poll state in DuckDB."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from pipeline.models import Feed, FeedState
from pipeline.store import Store

__all__ = ["all_states", "failed_since", "health", "register_feeds", "save_states", "states_for"]

_STATE_FIELDS = [f.name for f in dataclasses.fields(FeedState)]


def register_feeds(store: Store, feeds: Sequence[Feed]) -> None:
    """Insert configured feeds; known feeds keep their poll state."""
    if not feeds:
        return
    rows = [
        {
            "url": f.url,
            "name": f.name,
            "language": f.language,
            "tags": list(f.tags),
            "verified": f.verified,
        }
        for f in feeds
    ]
    store.run("feeds_register", {"feeds": rows})


def _state(row: dict[str, Any]) -> FeedState:
    values = {k: row[k] for k in _STATE_FIELDS if k in row}
    values["tags"] = tuple(values.get("tags") or ())
    return FeedState(**values)


def states_for(store: Store, feeds: Sequence[Feed]) -> list[FeedState]:
    """Poll state of ``feeds`` (registered first), in the order given."""
    register_feeds(store, feeds)
    by_url = {
        row["url"]: _state(row)
        for row in store.rows("feeds_states", {"urls": [f.url for f in feeds]})
    }
    return [by_url[f.url] for f in feeds if f.url in by_url]


def all_states(store: Store) -> list[FeedState]:
    return [_state(row) for row in store.rows("feeds_all")]


def health(store: Store) -> dict[str, str]:
    """The health word of every known feed (ok, degraded, failing, stale, retired...)."""
    return {row["url"]: row["health"] for row in store.rows("feeds_health")}


def save_states(store: Store, states: Sequence[FeedState]) -> None:
    if not states:
        return
    rows: list[dict[str, Any]] = []
    for s in states:
        row = dataclasses.asdict(s)
        row["tags"] = list(s.tags)
        rows.append(row)
    store.run("feeds_save_states", {"states": rows})


def failed_since(store: Store, since: datetime) -> tuple[int, int]:
    """(feeds whose last poll, at or after ``since``, failed; feeds in service)."""
    row = store.rows("feeds_failed_since", {"since": since})[0]
    return int(row["failed"]), int(row["total"])
