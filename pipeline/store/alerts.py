"""The alert ledger: one row per email, with its delivery state.

States (see ``sql/schema/003_alerts.sql``)::

    pending --claim--> sending --mark_sent--> sent
                          |
                          +--mark_error--> pending (next_attempt_at backed off)
                          +--mark_error--> failed  (after max attempts, or at once
                                                    when the error is permanent)

Every write is its own short transaction: the claim is committed before the
email leaves, so a crash between the send and ``mark_sent`` leaves the row in
``sending`` and the next run sends it once more with the same stored bytes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from pipeline.store import Store

__all__ = [
    "BACKOFF_BASE",
    "BACKOFF_MAX",
    "DueAlert",
    "NewAlert",
    "SnapshotRow",
    "backoff",
    "claim",
    "digest_recipients",
    "due_alerts",
    "enqueue",
    "keys_of_kind",
    "list_alerts",
    "mark_error",
    "mark_sent",
    "pending_count",
    "snapshots",
]

BACKOFF_BASE = timedelta(minutes=15)
BACKOFF_MAX = timedelta(hours=12)


@dataclass(frozen=True, slots=True)
class NewAlert:
    """One rendered alert ready for the ledger."""

    event_id: str
    version: int
    recipient: str
    kind: str
    message_id: str
    subject: str
    sender: str
    message: bytes
    snapshot: Mapping[str, Any] | None = None
    reasons: tuple[str, ...] = ()
    thread_root: str | None = None


@dataclass(frozen=True, slots=True)
class SnapshotRow:
    """The latest instant alert about one event to one recipient, and its thread root.

    ``root_message_id`` is the first of these emails that was sent (``None``
    while none was); ``root_subject`` is the subject of the first one.
    """

    event_id: str
    recipient: str
    version: int
    snapshot: dict[str, Any]
    root_message_id: str | None
    root_subject: str


@dataclass(frozen=True, slots=True)
class DueAlert:
    """One ledger row to deliver now."""

    event_id: str
    version: int
    recipient: str
    kind: str
    message_id: str
    sender: str
    message: bytes
    attempts: int


def backoff(attempts: int) -> timedelta:
    """Wait after the ``attempts``-th failure: 15 min doubling, at most 12 h.

    With the default eight attempts the last one comes about 28 hours after
    the first, so a server that is down for a day loses nothing.
    """
    return min(BACKOFF_BASE * 2 ** max(attempts - 1, 0), BACKOFF_MAX)


def enqueue(store: Store, alerts: Sequence[NewAlert], *, now: datetime) -> int:
    """Insert ``alerts`` as pending in one transaction; return how many were new."""
    inserted = 0
    with store.transaction():
        for alert in alerts:
            rows = store.rows(
                "alerts_insert",
                {
                    "event_id": alert.event_id,
                    "version": alert.version,
                    "recipient": alert.recipient,
                    "kind": alert.kind,
                    "message_id": alert.message_id,
                    "subject": alert.subject,
                    "sender": alert.sender,
                    "message": alert.message,
                    "snapshot": json.dumps(dict(alert.snapshot)) if alert.snapshot else None,
                    "reasons": list(alert.reasons),
                    "thread_root": alert.thread_root,
                    "now": now,
                },
            )
            inserted += len(rows)
    return inserted


def snapshots(store: Store) -> list[SnapshotRow]:
    """The last instant alert per (event, recipient), whatever its delivery state.

    The thread root, though, is the first one that was sent: a follow-up never
    replies to an email the recipient did not get.
    """
    return [
        SnapshotRow(
            event_id=row["event_id"],
            recipient=row["recipient"],
            version=int(row["latest_version"]),
            snapshot=json.loads(row["snapshot"]) if row["snapshot"] else {},
            root_message_id=row["root_message_id"],
            root_subject=row["root_subject"],
        )
        for row in store.rows("alerts_snapshots")
    ]


def digest_recipients(store: Store, key: str) -> set[str]:
    """Addresses whose digest ``key`` (``digest:YYYY-MM-DD``) is already in the ledger."""
    return {row["recipient"] for row in store.rows("alerts_digest_recipients", {"event_id": key})}


def keys_of_kind(store: Store, kind: str) -> set[tuple[str, str]]:
    """(event_id, recipient) of every ledger row of ``kind`` (e.g. ``missed``)."""
    return {
        (r["event_id"], r["recipient"]) for r in store.rows("alerts_keys_of_kind", {"kind": kind})
    }


def due_alerts(store: Store, *, now: datetime) -> list[DueAlert]:
    """Pending alerts whose back-off has passed, plus any left claimed by a crash."""
    return [
        DueAlert(
            event_id=row["event_id"],
            version=row["version"],
            recipient=row["recipient"],
            kind=row["kind"],
            message_id=row["message_id"],
            sender=row["sender"],
            message=bytes(row["message"]),
            attempts=row["attempts"],
        )
        for row in store.rows("alerts_due", {"now": now})
    ]


def claim(store: Store, message_id: str, *, now: datetime) -> int | None:
    """Mark one alert as being sent (committed at once); return its attempt number."""
    with store.transaction():
        rows = store.rows("alerts_claim", {"message_id": message_id, "now": now})
    return int(rows[0]["attempts"]) if rows else None


def mark_sent(store: Store, message_id: str, *, now: datetime, delivered_to: str) -> None:
    with store.transaction():
        store.run(
            "alerts_mark_sent",
            {"message_id": message_id, "now": now, "delivered_to": delivered_to},
        )


def mark_error(
    store: Store,
    message_id: str,
    *,
    error: str,
    attempts: int,
    max_attempts: int,
    now: datetime,
    permanent: bool = False,
) -> str:
    """Record a failed attempt; return the new status (``pending`` or ``failed``).

    A ``permanent`` error (the server refused the email with a 5xx reply) fails
    the alert at once; other errors fail it after ``max_attempts``.
    """
    status = "failed" if permanent or attempts >= max_attempts else "pending"
    with store.transaction():
        store.run(
            "alerts_mark_error",
            {
                "message_id": message_id,
                "status": status,
                "error": error[:1000],
                "next_attempt_at": now + backoff(attempts),
            },
        )
    return status


def pending_count(store: Store) -> int:
    """Alerts not yet sent nor given up on."""
    return int(store.rows("alerts_pending_count")[0]["pending"])


def list_alerts(
    store: Store, *, status: str | None = None, limit: int = 100
) -> list[dict[str, Any]]:
    """Ledger rows, newest first (what ``pardonwatch alerts list`` prints)."""
    return store.rows("alerts_list", {"status": status, "limit": limit})
