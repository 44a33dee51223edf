"""Deciding which alerts to send: events + subscribers + what was alerted -> alerts.

Pure functions only; the ledger (``pipeline.store.alerts``) supplies the
snapshots and receives the plan.

* A **new** alert (version 1) goes to an instant subscriber the first time an
  event passes its filters.
* A **follow-up** (version n + 1) goes when an alerted event changed
  materially since the snapshot of version n, for subscribers who want
  follow-ups.  Material changes: a figure outside the range alerted so far,
  more independent sources, or the confidence crossing the subscriber's
  threshold (either way).  Filters are checked for the first alert only; a
  follow-up reports on a decree the subscriber already knows about.  A decree
  older than the subscriber's ``max_age_days`` when it was found (a 2014
  report imported today) gets no new alert; one older than 60 days that is
  still wanted is worded "newly found".
* A **digest** lists the day's new and updated events passing the filters,
  once per subscriber and day.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.utils import parseaddr
from typing import TYPE_CHECKING, Any, Literal

from pipeline.alerts.subscribers import DEFAULT_MAX_AGE_DAYS, Subscriber, event_figures
from pipeline.models import Event

if TYPE_CHECKING:
    from pipeline.alerts.customs import ExpectedOccasion

__all__ = [
    "AlertState",
    "Kind",
    "PlannedAlert",
    "PlannedDigest",
    "Snapshot",
    "decree_age",
    "digest_key",
    "material_changes",
    "message_id",
    "plan_alerts",
    "plan_digests",
    "sender_domain",
]

Kind = Literal["new", "followup", "digest", "missed"]


def message_id(key: str, version: int, recipient: str, domain: str = "pardonwatch") -> str:
    """The Message-ID of one alert: the same inputs always give the same header.

    ``domain`` is the sender address's domain (see :func:`sender_domain`), so
    that mail systems see an ID from the domain the mail comes from.
    """
    digest = hashlib.sha1(f"{key}|{version}|{recipient}".encode()).hexdigest()[:24]
    return f"<pw-{digest}@{domain}>"


_DOMAIN = re.compile(
    r"^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$"
)


def sender_domain(sender: str) -> str:
    """The domain of the sender address (``alerts@ngo.example`` -> ``ngo.example``);
    ``pardonwatch`` when the address has none that can stand in a Message-ID."""
    address = parseaddr(sender)[1]
    domain = address.rpartition("@")[2].strip().lower() if "@" in address else ""
    return domain if domain and len(domain) <= 253 and _DOMAIN.match(domain) else "pardonwatch"


def digest_key(day: date) -> str:
    """The ledger's ``event_id`` for one day's digest."""
    return f"digest:{day.isoformat()}"


@dataclass(frozen=True, slots=True)
class AlertState:
    """The facts an alert told its recipient, kept to judge later changes."""

    confidence: float
    independent_sources: int
    figure_low: int | None = None
    figure_high: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "confidence": self.confidence,
            "independent_sources": self.independent_sources,
            "figure_low": self.figure_low,
            "figure_high": self.figure_high,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AlertState:
        return cls(
            confidence=float(data["confidence"]),
            independent_sources=int(data["independent_sources"]),
            figure_low=data.get("figure_low"),
            figure_high=data.get("figure_high"),
        )


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The last instant alert about one event to one recipient, and its thread root.

    ``root_message_id`` is the Message-ID of the first of these emails that was
    sent, ``None`` when none was (a follow-up is then written as a new alert,
    with no thread); ``root_subject`` is that email's subject.
    """

    version: int
    state: AlertState
    root_message_id: str | None
    root_subject: str


@dataclass(frozen=True, slots=True)
class PlannedAlert:
    """One instant email to enqueue: a new alert or a follow-up."""

    event: Event
    subscriber: Subscriber
    kind: Kind
    version: int
    state: AlertState
    reasons: tuple[str, ...] = ()
    previous: Snapshot | None = None
    # the decree was older than DEFAULT_MAX_AGE_DAYS when found: "newly found"
    newly_found: bool = False
    domain: str = "pardonwatch"
    # how the event met each of the subscriber's filters, in words
    matched: tuple[str, ...] = ()

    @property
    def message_id(self) -> str:
        return message_id(self.event.event_id, self.version, self.subscriber.email, self.domain)


@dataclass(frozen=True, slots=True)
class PlannedDigest:
    """One day's digest for one subscriber (empty lists: a "nothing new" note)."""

    subscriber: Subscriber
    day: date
    new: tuple[Event, ...] = ()
    updated: tuple[Event, ...] = ()
    # (failed, total) feeds on the day, None when unknown
    feeds: tuple[int, int] | None = None
    domain: str = "pardonwatch"
    #: customary pardon occasions coming soon in the subscriber's countries
    upcoming: tuple[ExpectedOccasion, ...] = ()

    @property
    def key(self) -> str:
        return digest_key(self.day)

    @property
    def message_id(self) -> str:
        return message_id(self.key, 1, self.subscriber.email, self.domain)


def state_of(event: Event, previous: AlertState | None = None) -> AlertState:
    """The state an alert about ``event`` records; figure ranges only ever widen."""
    figures = event_figures(event)
    if previous is not None:
        figures += [v for v in (previous.figure_low, previous.figure_high) if v is not None]
    return AlertState(
        confidence=event.confidence,
        independent_sources=event.independent_sources,
        figure_low=min(figures) if figures else None,
        figure_high=max(figures) if figures else None,
    )


def material_changes(event: Event, previous: AlertState, threshold: float) -> tuple[str, ...]:
    """Why ``event`` deserves a follow-up after ``previous`` was alerted (empty: it does not)."""
    reasons: list[str] = []
    outside = sorted(
        {
            v
            for v in event_figures(event)
            if previous.figure_low is None
            or previous.figure_high is None
            or not previous.figure_low <= v <= previous.figure_high
        }
    )
    if outside:
        shown = ", ".join(f"{v:,}" for v in outside)
        if previous.figure_low is None or previous.figure_high is None:
            reasons.append(f"first figure reported: {shown}")
        else:
            alerted = _span(previous.figure_low, previous.figure_high)
            reasons.append(f"new figure {shown} outside the alerted {alerted}")
    if event.independent_sources > previous.independent_sources:
        reasons.append(
            f"independent sources rose from {previous.independent_sources}"
            f" to {event.independent_sources}"
        )
    was_above = previous.confidence >= threshold
    if was_above != (event.confidence >= threshold):
        direction = "rose above" if not was_above else "fell below"
        reasons.append(
            f"confidence {direction} {threshold:.2f}"
            f" ({previous.confidence:.2f} -> {event.confidence:.2f})"
        )
    return tuple(reasons)


def plan_alerts(
    events: Iterable[Event],
    subscribers: Sequence[Subscriber],
    snapshots: Mapping[tuple[str, str], Snapshot],
    *,
    min_confidence: float,
    updated_since: datetime | None = None,
    domain: str = "pardonwatch",
) -> list[PlannedAlert]:
    """New alerts and follow-ups due for ``events`` (``snapshots`` keyed by event and address).

    With ``updated_since``, events last changed before it get no *new* alert
    (a fresh database or a new subscriber is not flooded with history);
    follow-ups are unaffected.
    """
    planned: list[PlannedAlert] = []
    instant = [s for s in subscribers if s.instant]
    for event in events:
        recent = updated_since is None or _recent(event, updated_since)
        for subscriber in instant:
            previous = snapshots.get((event.event_id, subscriber.email))
            if previous is None:
                age = decree_age(event)
                too_old = (
                    subscriber.max_age_days is not None
                    and age is not None
                    and age > timedelta(days=subscriber.max_age_days)
                )
                if recent and not too_old and subscriber.filters.matches(event, min_confidence):
                    old = age is not None and age > timedelta(days=DEFAULT_MAX_AGE_DAYS)
                    planned.append(
                        PlannedAlert(
                            event,
                            subscriber,
                            "new",
                            1,
                            state_of(event),
                            newly_found=old,
                            domain=domain,
                            matched=tuple(subscriber.filters.explain(event, min_confidence)),
                        )
                    )
                continue
            if not subscriber.follow_ups:
                continue
            threshold = subscriber.filters.threshold(min_confidence)
            reasons = material_changes(event, previous.state, threshold)
            if reasons:
                planned.append(
                    PlannedAlert(
                        event,
                        subscriber,
                        "followup",
                        previous.version + 1,
                        state_of(event, previous.state),
                        reasons,
                        previous,
                        domain=domain,
                    )
                )
    return planned


def decree_age(event: Event) -> timedelta | None:
    """How old the decree was when it was first found (``None``: no date or
    no first sighting)."""
    decree_day = event.announced_on or event.announced_to
    if decree_day is None or event.first_seen is None:
        return None
    return _utc(event.first_seen).date() - decree_day


def plan_digests(
    events: Iterable[Event],
    subscribers: Sequence[Subscriber],
    day: date,
    *,
    already_planned: Iterable[str],
    min_confidence: float,
    feeds: tuple[int, int] | None = None,
    domain: str = "pardonwatch",
) -> list[PlannedDigest]:
    """The digests of ``day`` not yet in the ledger (``already_planned``: their addresses).

    An event is new on the day it was first seen and updated on a later day
    it changed (UTC).  A subscriber with nothing to read gets no digest unless
    it asked for "nothing new" notes.  ``feeds`` (failed, total) is told in
    every digest, so "nothing new" is never silently wrong.
    """
    done = set(already_planned)
    events = list(events)
    new = [e for e in events if _day(e.first_seen) == day]
    updated = [e for e in events if _day(e.last_updated) == day and _day(e.first_seen) != day]
    out: list[PlannedDigest] = []
    for subscriber in subscribers:
        if not subscriber.digest or subscriber.email in done:
            continue
        mine_new = tuple(e for e in new if subscriber.filters.matches(e, min_confidence))
        mine_updated = tuple(e for e in updated if subscriber.filters.matches(e, min_confidence))
        if mine_new or mine_updated or subscriber.nothing_new:
            out.append(
                PlannedDigest(subscriber, day, mine_new, mine_updated, feeds=feeds, domain=domain)
            )
    return out


def _day(moment: datetime | None) -> date | None:
    return None if moment is None else _utc(moment).date()


def _recent(event: Event, since: datetime) -> bool:
    moment = event.last_updated or event.first_seen
    return moment is None or _utc(moment) >= _utc(since)


def _utc(moment: datetime) -> datetime:
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


def _span(low: int, high: int) -> str:
    return f"figure {low:,}" if low == high else f"range {low:,}-{high:,}"
