"""Alerts about pardons that did not happen, and the digest's coming occasions.

A subscriber who sets ``missed_customs: N`` in ``subscribers.yaml`` gets one
email when a customary pardon occasion (``v_expected_pardons``) of a country
it follows passed N days ago with no decree reported, provided the custom
was kept at least once before ("No Eid al-Fitr pardon reported for Morocco 3
days after the holiday; one was reported in each of the last 8 years").  The
ledger key ``missed:CC:custom:DATE`` (kind ``missed``) makes it exactly once.

Digest readers see the occasions of the coming ``UPCOMING_DAYS`` days for the
countries they follow.  Plain functions over the view's rows; ``run.py``
reads the rows and enqueues.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from html import escape
from typing import Any

from pipeline.alerts.plan import message_id
from pipeline.alerts.render import SUBJECT_PREFIX, _message, _page, clean_header, clean_text
from pipeline.alerts.subscribers import Subscriber

__all__ = [
    "MISSED_LOOKBACK",
    "UPCOMING_DAYS",
    "ExpectedOccasion",
    "PlannedMissed",
    "occasions_from_rows",
    "plan_missed",
    "regularity_phrase",
    "render_missed",
    "upcoming_for",
]

#: an occasion further back than its N days plus this is history, not news
MISSED_LOOKBACK = timedelta(days=14)
#: the digest lists the occasions of this many coming days
UPCOMING_DAYS = 14


@dataclass(frozen=True, slots=True)
class ExpectedOccasion:
    """One row of ``v_expected_pardons``: a custom on a date, and whether it was kept."""

    country_code: str
    country: str
    custom: str
    custom_name: str
    occasion_date: date
    window_to: date
    found: bool
    covered: bool
    prior_found: int
    prior_occasions: int

    @property
    def key(self) -> str:
        """The ledger's ``event_id`` of a missed-custom alert about it."""
        return f"missed:{self.country_code}:{self.custom}:{self.occasion_date.isoformat()}"

    def followed_by(self, subscriber: Subscriber) -> bool:
        """True when the subscriber follows this country (no country filter: all)."""
        countries = subscriber.filters.countries
        return not countries or bool(
            {self.country_code.casefold(), self.country.casefold()} & countries
        )


@dataclass(frozen=True, slots=True)
class PlannedMissed:
    """One missed-custom email to enqueue."""

    occasion: ExpectedOccasion
    subscriber: Subscriber
    days_after: int
    domain: str = "pardonwatch"  # the sender address's (see plan.sender_domain)

    @property
    def message_id(self) -> str:
        return message_id(self.occasion.key, 1, self.subscriber.email, self.domain)


def occasions_from_rows(rows: Iterable[Mapping[str, Any]]) -> list[ExpectedOccasion]:
    """``v_expected_pardons`` rows as values."""
    return [
        ExpectedOccasion(
            country_code=row["country_code"],
            country=row["country"] or row["country_code"],
            custom=row["custom"],
            custom_name=row["custom_name"],
            occasion_date=row["occasion_date"],
            window_to=row["window_to"],
            found=bool(row["found"]),
            covered=bool(row["covered"]),
            prior_found=int(row["prior_found"]),
            prior_occasions=int(row["prior_occasions"]),
        )
        for row in rows
    ]


def plan_missed(
    occasions: Sequence[ExpectedOccasion],
    subscribers: Sequence[Subscriber],
    *,
    today: date,
    already: set[tuple[str, str]],
) -> list[PlannedMissed]:
    """The missed-custom alerts due on ``today`` and not yet in the ledger (``already``).

    Due for a subscriber with ``missed_customs = N`` when the occasion is N or
    more days past (and at most ``MISSED_LOOKBACK`` beyond that), its window
    has closed without a decree, the country was watched then, and the custom
    was kept in at least one earlier year.
    """
    out: list[PlannedMissed] = []
    for subscriber in subscribers:
        days = subscriber.missed_customs
        if days is None:
            continue
        for occasion in occasions:
            if occasion.found or not occasion.covered or occasion.prior_found < 1:
                continue
            due = max(occasion.occasion_date + timedelta(days=days), occasion.window_to)
            if not due <= today <= due + MISSED_LOOKBACK or occasion.window_to >= today:
                continue
            if not occasion.followed_by(subscriber):
                continue
            if (occasion.key, subscriber.email) in already:
                continue
            out.append(PlannedMissed(occasion, subscriber, days))
    return out


def regularity_phrase(found: int, occasions: int) -> str:
    """``one was reported in each of the last 8 years`` / ``in 5 of the last 8 years``."""
    years = "last year" if occasions == 1 else f"last {occasions} years"
    if found == occasions:
        each = "" if occasions == 1 else "each of "
        return f"one was reported in {each}the {years}"
    return f"one was reported in {found} of the {years}"


def render_missed(planned: PlannedMissed, *, sender: str, now: datetime) -> EmailMessage:
    """The email saying that a customary pardon was not reported."""
    o = planned.occasion
    name = clean_text(o.custom_name, 100)
    country = clean_text(o.country, 60)
    n = planned.days_after
    after = f"{n} day{'' if n == 1 else 's'} after" if n else "after"
    headline = (
        f"No {name} pardon reported for {country} {after} the occasion;"
        f" {regularity_phrase(o.prior_found, o.prior_occasions)}"
    )
    details = [
        ("Country", f"{country} ({o.country_code})"),
        ("Occasion", name),
        ("Date", o.occasion_date.isoformat()),
        ("Decrees counted until", o.window_to.isoformat()),
        ("Custom", f"kept in {o.prior_found} of the {o.prior_occasions} years before"),
    ]
    note = (
        "PardonWatch found no pardon or amnesty decree for this occasion in the news it"
        " watches. A decree may still be announced late, or reported only by sources it"
        " does not read."
    )
    text = "\n".join(
        [headline, "", *(f"{label + ':':<22} {value}" for label, value in details), "", note]
    )
    rows = "".join(
        f'<tr><th align="left">{escape(label)}</th><td>{escape(value)}</td></tr>'
        for label, value in details
    )
    body = f'<h2>{escape(headline)}</h2><table cellpadding="3">{rows}</table><p>{escape(note)}</p>'
    subject = clean_header(f"{SUBJECT_PREFIX} {headline}")
    msg = _message(
        sender=sender,
        recipient=planned.subscriber.email,
        name=planned.subscriber.name,
        subject=subject,
        message_id=planned.message_id,
        now=now,
        text=text + "\n",
        html_body=_page(subject, body),
    )
    msg["X-PardonWatch-Kind"] = "missed"
    return msg


def upcoming_for(
    occasions: Sequence[ExpectedOccasion], subscriber: Subscriber, day: date
) -> tuple[ExpectedOccasion, ...]:
    """The occasions of the ``UPCOMING_DAYS`` after ``day`` in the subscriber's countries."""
    last = day + timedelta(days=UPCOMING_DAYS)
    return tuple(
        o for o in occasions if day < o.occasion_date <= last and o.followed_by(subscriber)
    )
