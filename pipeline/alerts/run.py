"""The alert stage end to end: plan, render, enqueue in the ledger, deliver.

``run_alerts`` and ``run_digest`` are what the CLI and the Airflow tasks
call.  Both are idempotent: planning reads the ledger, enqueueing ignores
keys already present, and delivery only touches rows that are due.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from typing import Any

from pipeline.alerts.customs import occasions_from_rows, plan_missed, render_missed, upcoming_for
from pipeline.alerts.plan import (
    AlertState,
    PlannedAlert,
    PlannedDigest,
    Snapshot,
    digest_key,
    plan_alerts,
    plan_digests,
    sender_domain,
    state_of,
)
from pipeline.alerts.render import render_alert, render_digest
from pipeline.alerts.subscribers import Subscriber, load_subscribers
from pipeline.alerts.transport import (
    DeliveryError,
    OutboxTransport,
    OutgoingMail,
    Transport,
    transport_for,
)
from pipeline.models import Event
from pipeline.settings import Settings
from pipeline.store import Store
from pipeline.store import alerts as ledger
from pipeline.store.customs import expected_pardons
from pipeline.store.feeds import failed_since

__all__ = [
    "NEW_ALERT_LOOKBACK",
    "AlertOutcome",
    "deliver",
    "preview_message",
    "run_alerts",
    "run_digest",
]

log = logging.getLogger(__name__)

#: Events last changed longer ago than this get no new alert (no flood of history
#: for a fresh database or a new subscriber); follow-ups are not limited.
NEW_ALERT_LOOKBACK = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class AlertOutcome:
    """What one run did: alerts enqueued, sent, given up on, still waiting."""

    planned: int = 0
    sent: int = 0
    failed: int = 0
    pending: int = 0
    outbox: tuple[Path, ...] = ()
    errors: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready counts (what Airflow tasks return as XCom)."""
        return {
            "planned": self.planned,
            "sent": self.sent,
            "failed": self.failed,
            "pending": self.pending,
            "outbox": [str(p) for p in self.outbox],
            "errors": list(self.errors),
        }


def run_alerts(
    store: Store,
    settings: Settings,
    *,
    now: datetime,
    events: Sequence[Event] | None = None,
    transport: Transport | None = None,
) -> AlertOutcome:
    """Plan new alerts and follow-ups for ``events``, enqueue them, deliver what is due."""
    subscribers = load_subscribers(settings.subscribers)
    # only events changed within the look-back can need a new alert or a
    # follow-up: the cost follows the recent events, not the archive
    events = _events_since(store, events, now - NEW_ALERT_LOOKBACK)
    transport = transport or transport_for(settings)
    previous = {
        (row.event_id, row.recipient): Snapshot(
            version=row.version,
            state=AlertState.from_dict(row.snapshot),
            root_message_id=row.root_message_id,
            root_subject=row.root_subject,
        )
        for row in ledger.snapshots(store)
    }
    planned = plan_alerts(
        events,
        subscribers,
        previous,
        min_confidence=settings.alert_min_confidence,
        updated_since=now - NEW_ALERT_LOOKBACK,
        domain=sender_domain(transport.sender),
    )
    rows = [_alert_row(alert, transport.sender, now) for alert in planned]
    rows += _missed_rows(store, subscribers, transport.sender, now)
    return _enqueue_and_deliver(store, transport, rows, settings, now)


def run_digest(
    store: Store,
    settings: Settings,
    *,
    day: date,
    now: datetime,
    events: Sequence[Event] | None = None,
    transport: Transport | None = None,
) -> AlertOutcome:
    """Enqueue the digests of ``day`` not yet in the ledger and deliver what is due."""
    subscribers = load_subscribers(settings.subscribers)
    # the day's new and updated events all changed on or after its start
    start = datetime.combine(day, time.min, tzinfo=UTC)
    events = _events_since(store, events, start)
    transport = transport or transport_for(settings)
    planned = plan_digests(
        events,
        subscribers,
        day,
        already_planned=ledger.digest_recipients(store, digest_key(day)),
        min_confidence=settings.alert_min_confidence,
        feeds=failed_since(store, start),
        domain=sender_domain(transport.sender),
    )
    occasions = occasions_from_rows(expected_pardons(store))
    planned = [replace(d, upcoming=upcoming_for(occasions, d.subscriber, day)) for d in planned]
    rows = [_digest_row(digest, transport.sender, now) for digest in planned]
    rows += _missed_rows(store, subscribers, transport.sender, now)
    return _enqueue_and_deliver(store, transport, rows, settings, now)


def _missed_rows(
    store: Store, subscribers: Sequence[Subscriber], sender: str, now: datetime
) -> list[ledger.NewAlert]:
    """Missed-custom alerts due now and not yet in the ledger (see ``customs.py``)."""
    if not any(s.missed_customs is not None for s in subscribers):
        return []
    planned = [
        replace(item, domain=sender_domain(sender))
        for item in plan_missed(
            occasions_from_rows(expected_pardons(store)),
            subscribers,
            today=now.astimezone(UTC).date(),
            already=ledger.keys_of_kind(store, "missed"),
        )
    ]
    return [
        ledger.NewAlert(
            event_id=item.occasion.key,
            version=1,
            recipient=item.subscriber.email,
            kind="missed",
            message_id=item.message_id,
            subject=str(msg["Subject"]),
            sender=sender,
            message=msg.as_bytes(policy=SMTP),
        )
        for item in planned
        for msg in [render_missed(item, sender=sender, now=now)]
    ]


def _events_since(store: Store, events: Sequence[Event] | None, since: datetime) -> Sequence[Event]:
    """``events`` as given, or the stored ones changed since ``since``."""
    if events is not None:
        return events
    from pipeline.store.events import load_events

    return load_events(store, since=since)


def _enqueue_and_deliver(
    store: Store,
    transport: Transport,
    rows: Sequence[ledger.NewAlert],
    settings: Settings,
    now: datetime,
) -> AlertOutcome:
    """Put ``rows`` in the ledger (once per key) and send everything due."""
    enqueued = ledger.enqueue(store, rows, now=now)
    return deliver(
        store, transport, now=now, max_attempts=settings.alert_max_attempts, planned=enqueued
    )


def deliver(
    store: Store,
    transport: Transport,
    *,
    now: datetime,
    max_attempts: int,
    planned: int = 0,
) -> AlertOutcome:
    """Send every due alert: claim (committed), send, mark sent or record the error.

    When the server cannot be reached at all, the remaining alerts are left
    untouched for the next run instead of each spending an attempt.  An alert
    the server refused for good (a 5xx reply) is marked failed at once.
    """
    sent = failed = 0
    outbox: list[Path] = []
    errors: list[str] = []
    try:
        for due in ledger.due_alerts(store, now=now):
            attempt = ledger.claim(store, due.message_id, now=now)
            if attempt is None:
                continue
            mail = OutgoingMail(due.message_id, due.sender, due.recipient, due.message)
            label = f"{due.kind} alert {due.event_id} v{due.version} to {due.recipient}"
            try:
                where = transport.send(mail)
            except DeliveryError as exc:
                status = ledger.mark_error(
                    store,
                    due.message_id,
                    error=str(exc),
                    attempts=attempt,
                    max_attempts=max_attempts,
                    now=now,
                    permanent=exc.permanent,
                )
                failed += status == "failed"
                errors.append(f"{label}: attempt {attempt} of {max_attempts}: {exc}")
                log.warning("%s: attempt %d failed (%s): %s", label, attempt, status, exc)
                if exc.server_down:
                    break
                continue
            ledger.mark_sent(store, due.message_id, now=now, delivered_to=where)
            sent += 1
            if isinstance(transport, OutboxTransport):
                outbox.append(Path(where))
    finally:
        transport.close()
    return AlertOutcome(
        planned=planned,
        sent=sent,
        failed=failed,
        pending=ledger.pending_count(store),
        outbox=tuple(outbox),
        errors=tuple(errors),
    )


def preview_message(
    event: Event, *, sender: str, now: datetime, recipient: str = "preview@example.org"
) -> EmailMessage:
    """The new-decree email ``recipient`` would get for ``event`` (nothing is stored)."""
    alert = PlannedAlert(
        event, Subscriber(email=recipient), "new", 1, state_of(event), domain=sender_domain(sender)
    )
    return render_alert(alert, sender=sender, now=now)


def _alert_row(alert: PlannedAlert, sender: str, now: datetime) -> ledger.NewAlert:
    msg = render_alert(alert, sender=sender, now=now)
    return ledger.NewAlert(
        event_id=alert.event.event_id,
        version=alert.version,
        recipient=alert.subscriber.email,
        kind=alert.kind,
        message_id=alert.message_id,
        subject=str(msg["Subject"]),
        sender=sender,
        message=msg.as_bytes(policy=SMTP),
        snapshot=alert.state.to_dict(),
        reasons=alert.reasons,
        thread_root=alert.previous.root_message_id if alert.previous else None,
    )


def _digest_row(digest: PlannedDigest, sender: str, now: datetime) -> ledger.NewAlert:
    msg = render_digest(digest, sender=sender, now=now)
    return ledger.NewAlert(
        event_id=digest.key,
        version=1,
        recipient=digest.subscriber.email,
        kind="digest",
        message_id=digest.message_id,
        subject=str(msg["Subject"]),
        sender=sender,
        message=msg.as_bytes(policy=SMTP),
    )
