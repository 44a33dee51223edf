"""Who gets which alerts: the recipients listed in ``subscribers.yaml``.

Each entry names one address, its filters and how it wants to hear about
decrees (``instant``, ``digest`` or ``both``).  Parsing is strict: an unknown
key, a bad value or a repeated address is an error that names the file and
the entry, so a typo never silently widens or narrows what someone receives.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, cast

import yaml

from pipeline.models import Event
from pipeline.textfiles import read_text_file, yaml_problem

__all__ = [
    "DEFAULT_MAX_AGE_DAYS",
    "MODES",
    "Filters",
    "Mode",
    "Subscriber",
    "SubscribersError",
    "event_figures",
    "load_subscribers",
    "parse_subscribers",
]

Mode = Literal["instant", "digest", "both"]
MODES: tuple[Mode, ...] = ("instant", "digest", "both")

_ADDRESS = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$"
)
_ENTRY_KEYS = {
    "email",
    "name",
    "mode",
    "follow_ups",
    "nothing_new",
    "max_age_days",
    "filters",
    "missed_customs",
}
#: How old (in days, decree date to the day it was found) a decree may be for a
#: new instant alert, unless a subscriber says otherwise; older decrees found
#: today are history ("newly found"), not news.
DEFAULT_MAX_AGE_DAYS = 60
_FILTER_KEYS = {"countries", "min_count", "min_confidence", "languages"}


class SubscribersError(ValueError):
    """``subscribers.yaml`` cannot be read, or one of its entries is invalid."""


@dataclass(frozen=True, slots=True)
class Filters:
    """What an event must look like to reach one recipient.

    Empty ``countries`` or ``languages`` mean "any"; ``min_confidence`` of
    ``None`` means the pipeline-wide ``alert_min_confidence``.
    """

    countries: frozenset[str] = frozenset()
    min_count: int | None = None
    min_confidence: float | None = None
    languages: frozenset[str] = frozenset()

    def threshold(self, default: float) -> float:
        """The confidence an event needs: the stricter of ``default`` and ours."""
        return max(default, self.min_confidence or 0.0)

    def matches(self, event: Event, default_confidence: float) -> bool:
        """True when ``event`` passes every filter (country, count, confidence, language)."""
        if self.countries and not (
            _fold(event.country_code) in self.countries or _fold(event.country) in self.countries
        ):
            return False
        if self.min_count is not None and _largest(event) < self.min_count:
            return False
        if event.confidence < self.threshold(default_confidence):
            return False
        if self.languages:
            languages = {_language(c.language) for c in event.claims}
            if not languages & self.languages:
                return False
        return True

    def describe(self) -> list[str]:
        """The filters in words ("countries IR, SA"); empty when there are none."""
        out = []
        if self.countries:
            out.append(f"countries {', '.join(sorted(c.upper() for c in self.countries))}")
        if self.min_count is not None:
            out.append(f"at least {self.min_count:,} prisoners")
        if self.min_confidence is not None:
            out.append(f"confidence at least {self.min_confidence:.2f}")
        if self.languages:
            out.append(f"source languages {', '.join(sorted(self.languages))}")
        return out

    def explain(self, event: Event, default_confidence: float) -> list[str]:
        """How ``event`` met each filter, in words (an empty filter: "any")."""
        countries = ", ".join(sorted(c.upper() for c in self.countries))
        where = event.country or event.country_code or "unknown"
        out = [f"country {where}" + (f" (your filter: {countries})" if countries else " (any)")]
        if self.min_count is not None:
            largest = _largest(event)
            out.append(f"at least {self.min_count:,} prisoners (largest figure {largest:,})")
        threshold = self.threshold(default_confidence)
        out.append(f"confidence {event.confidence:.2f} (at least {threshold:.2f})")
        if self.languages:
            seen = sorted({_language(c.language) for c in event.claims} & self.languages)
            wanted = ", ".join(sorted(self.languages))
            out.append(f"source languages {', '.join(seen)} (your filter: {wanted})")
        return out


def _largest(event: Event) -> int:
    """The largest figure stated, or the order of magnitude of figures in words."""
    figures = event_figures(event)
    words = [event.count_magnitude or 0] + [c.count_magnitude or 0 for c in event.claims]
    return max([*figures, *words]) if figures or any(words) else -1


@dataclass(frozen=True, slots=True)
class Subscriber:
    """One recipient of alerts."""

    email: str
    name: str | None = None
    mode: Mode = "instant"
    follow_ups: bool = True
    nothing_new: bool = False
    filters: Filters = Filters()
    # the oldest decree (days between its date and the day it was found) that
    # still gets a new instant alert; None: any age
    max_age_days: int | None = DEFAULT_MAX_AGE_DAYS
    #: days after a customary pardon occasion with no decree before an alert (None: off)
    missed_customs: int | None = None

    @property
    def instant(self) -> bool:
        return self.mode in ("instant", "both")

    @property
    def digest(self) -> bool:
        return self.mode in ("digest", "both")


def event_figures(event: Event) -> list[int]:
    """Every prisoner figure the event and its claims state (points and range ends)."""
    values = [event.count, event.count_low, event.count_high]
    for claim in event.claims:
        values.extend((claim.count, claim.count_low, claim.count_high))
    return [v for v in values if v is not None]


def load_subscribers(path: Path) -> list[Subscriber]:
    """Read and validate ``path``; raise ``SubscribersError`` naming the file and entry."""
    text = read_text_file(path, "a subscribers file", SubscribersError)
    return parse_subscribers(text, source=str(path))


def parse_subscribers(text: str, *, source: str = "subscribers.yaml") -> list[Subscriber]:
    """Parse the YAML ``text`` of a subscribers file (``source`` names it in errors)."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SubscribersError(f"{source}: not valid YAML: {yaml_problem(exc)}") from exc
    if data is None:
        return []
    if not isinstance(data, Mapping) or set(data) - {"subscribers"}:
        raise SubscribersError(f"{source}: expected a mapping with one key, 'subscribers'")
    entries = data.get("subscribers") or []
    if not isinstance(entries, list):
        raise SubscribersError(f"{source}: 'subscribers' must be a list of entries")
    out: list[Subscriber] = []
    seen: set[str] = set()
    for number, entry in enumerate(entries, start=1):
        label = f"{source}: subscriber #{number}"
        if isinstance(entry, Mapping) and isinstance(entry.get("email"), str):
            label += f" ({entry['email']})"
        try:
            subscriber = _subscriber(entry)
        except (TypeError, ValueError) as exc:
            raise SubscribersError(f"{label}: {exc}") from exc
        if subscriber.email in seen:
            raise SubscribersError(f"{label}: address listed twice")
        seen.add(subscriber.email)
        out.append(subscriber)
    return out


def _subscriber(entry: Any) -> Subscriber:
    if not isinstance(entry, Mapping):
        raise TypeError("each entry must be a mapping with at least 'email'")
    unknown = set(entry) - _ENTRY_KEYS
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}; allowed: {sorted(_ENTRY_KEYS)}")
    email = entry.get("email")
    if not isinstance(email, str) or not _ADDRESS.fullmatch(email.strip()):
        raise ValueError(f"'email' must be a plain address like analyst@example.org, not {email!r}")
    mode = entry.get("mode", "instant")
    if mode not in MODES:
        raise ValueError(f"'mode' must be one of {', '.join(MODES)}, not {mode!r}")
    name = entry.get("name")
    if name is not None and not isinstance(name, str):
        raise TypeError("'name' must be text")
    return Subscriber(
        email=email.strip().lower(),
        name=name,
        mode=cast(Mode, mode),
        follow_ups=_flag(entry, "follow_ups", True),
        nothing_new=_flag(entry, "nothing_new", False),
        filters=_filters(entry.get("filters") or {}),
        max_age_days=_max_age(entry),
        missed_customs=_days(entry.get("missed_customs")),
    )


def _max_age(entry: Mapping[str, Any]) -> int | None:
    if "max_age_days" not in entry:
        return DEFAULT_MAX_AGE_DAYS
    value = entry["max_age_days"]
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"'max_age_days' must be a whole number >= 0 or null, not {value!r}")
    return value


def _days(value: Any) -> int | None:
    """``missed_customs``: days after the occasion (absent, null or false: no such alert)."""
    if value is None or value is False:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 365:
        raise ValueError(f"'missed_customs' must be a number of days from 0 to 365, not {value!r}")
    return value


def _filters(raw: Any) -> Filters:
    if not isinstance(raw, Mapping):
        raise TypeError("'filters' must be a mapping")
    unknown = set(raw) - _FILTER_KEYS
    if unknown:
        raise ValueError(f"unknown filter keys {sorted(unknown)}; allowed: {sorted(_FILTER_KEYS)}")
    min_count = raw.get("min_count")
    if min_count is not None and (
        isinstance(min_count, bool) or not isinstance(min_count, int) or min_count < 0
    ):
        raise ValueError(f"'min_count' must be a whole number >= 0, not {min_count!r}")
    min_confidence = raw.get("min_confidence")
    if min_confidence is not None:
        if isinstance(min_confidence, bool) or not isinstance(min_confidence, int | float):
            raise ValueError(f"'min_confidence' must be a number, not {min_confidence!r}")
        if not 0.0 <= float(min_confidence) <= 1.0:
            raise ValueError(f"'min_confidence' must lie between 0 and 1, not {min_confidence}")
        min_confidence = float(min_confidence)
    return Filters(
        countries=frozenset(_fold(c) for c in _strings(raw, "countries")),
        min_count=min_count,
        min_confidence=min_confidence,
        languages=frozenset(_language(x) for x in _strings(raw, "languages")),
    )


def _strings(raw: Mapping[str, Any], key: str) -> list[str]:
    value = raw.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"'{key}' must be a list of non-empty strings")
    return value


def _flag(entry: Mapping[str, Any], key: str, default: bool) -> bool:
    value = entry.get(key, default)
    if not isinstance(value, bool):
        raise ValueError(f"'{key}' must be true or false, not {value!r}")
    return value


def _fold(value: str | None) -> str:
    return " ".join((value or "").split()).casefold()


def _language(value: str | None) -> str:
    return _fold(value).replace("_", "-").split("-")[0]
