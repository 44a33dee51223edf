"""The expected-pardon calendar: which occasions a country customarily pardons on.

Two sources make the list of *customs* (one country, one occasion):

* the curated file ``pipeline/customs.yaml`` (Iran's Nowruz and 22 Bahman,
  Morocco's Throne Day, the Gulf states' national days...), each with the
  calendar it follows: a fixed Gregorian day, a Jalali (Iranian solar) day
  converted with jdatetime, or a lunar Hijri day converted with hijridate
  (Umm al-Qura tables; local moon sighting moves it by a day or two, which
  the tolerance absorbs);
* the history in the database: a country whose decrees carried the same
  occasion in two or more years has that custom too (:func:`learn_customs`).

:func:`occurrences` turns customs into dated occasions, one row per custom and
date, with the window in which a decree counts as "the" pardon for it.  The
``v_expected_pardons`` view (``sql/views/060_v_expected_pardons.sql``) matches
them against the decrees.  Everything here is plain functions over data; the
store writes the rows (:mod:`pipeline.store.customs`).
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Literal

import jdatetime
import yaml
from hijridate import Gregorian, Hijri

__all__ = [
    "CALENDARS",
    "CUSTOMS_FILE",
    "Custom",
    "CustomsError",
    "CustomsFile",
    "Occurrence",
    "dates_in_year",
    "learn_customs",
    "load_customs",
    "occurrences",
    "parse_customs",
]

CUSTOMS_FILE = Path(__file__).with_name("customs.yaml")
Calendar = Literal["gregorian", "jalali", "hijri"]
CALENDARS: tuple[Calendar, ...] = ("gregorian", "jalali", "hijri")
#: days after the computed date a decree still counts, by calendar
DEFAULT_TOLERANCE: dict[str, int] = {"gregorian": 1, "jalali": 1, "hijri": 2}
#: days before the date a decree still counts (pardons are announced ahead)
DEFAULT_LEAD_DAYS = 10
#: a learned Gregorian custom needs its decrees within this many days of each other
LEARNED_SPREAD_DAYS = 10
_KEYS = {"key", "name", "calendar", "month", "day", "occasion", "lead_days", "tolerance"}


class CustomsError(ValueError):
    """The customs file cannot be read, or one of its entries is invalid."""


@dataclass(frozen=True, slots=True)
class Custom:
    """One country's customary pardon occasion and the calendar it follows."""

    country_code: str
    key: str
    name: str
    calendar: Calendar
    month: int
    day: int
    occasion: str
    lead_days: int = DEFAULT_LEAD_DAYS
    tolerance: int = 1
    source: str = "curated"


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One custom on one date, with the window in which a decree counts for it."""

    custom: Custom
    occasion_date: date

    @property
    def window_from(self) -> date:
        return self.occasion_date - timedelta(days=self.custom.lead_days)

    @property
    def window_to(self) -> date:
        return self.occasion_date + timedelta(days=self.custom.tolerance)

    def to_row(self) -> dict[str, Any]:
        """The ``expected_occasions`` row (see ``sql/schema/004_calendar.sql``)."""
        c = self.custom
        return {
            "country_code": c.country_code,
            "custom": c.key,
            "custom_name": c.name,
            "occasion": c.occasion,
            "calendar": c.calendar,
            "source": c.source,
            "occasion_date": self.occasion_date,
            "window_from": self.window_from,
            "window_to": self.window_to,
        }


@dataclass(frozen=True, slots=True)
class CustomsFile:
    """The curated customs, and the shared occasions by detector occasion key
    (what a custom learned from history follows when its occasion has one)."""

    customs: list[Custom]
    shared: dict[str, Custom]


# -- reading the curated file ---------------------------------------------------


def load_customs(path: Path = CUSTOMS_FILE) -> CustomsFile:
    """Read and validate ``path``; raise ``CustomsError`` naming the file and entry."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CustomsError(f"{path}: cannot read customs file: {exc}") from exc
    return parse_customs(text, source=str(path))


def parse_customs(text: str, *, source: str = "customs.yaml") -> CustomsFile:
    """Parse the YAML ``text`` of a customs file (``source`` names it in errors)."""
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise CustomsError(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(data, Mapping):
        raise CustomsError(f"{source}: expected a mapping with 'occasions' and 'countries'")
    shared = data.get("occasions") or {}
    countries = data.get("countries") or {}
    if not isinstance(shared, Mapping) or not isinstance(countries, Mapping):
        raise CustomsError(f"{source}: 'occasions' and 'countries' must be mappings")
    out: list[Custom] = []
    for code, entries in countries.items():
        if not isinstance(code, str) or len(code) != 2 or not code.isalpha():
            raise CustomsError(f"{source}: country {code!r} is not a two-letter ISO code")
        seen: set[str] = set()
        for number, entry in enumerate(entries or [], start=1):
            label = f"{source}: {code} custom #{number}"
            if isinstance(entry, str):
                if entry not in shared:
                    raise CustomsError(f"{label}: no shared occasion named {entry!r}")
                entry = {"key": entry, **shared[entry]}
            try:
                custom = _custom(code.upper(), entry)
            except (TypeError, ValueError) as exc:
                raise CustomsError(f"{label}: {exc}") from exc
            if custom.key in seen:
                raise CustomsError(f"{label}: custom {custom.key!r} listed twice")
            seen.add(custom.key)
            out.append(custom)
    templates: dict[str, Custom] = {}
    for name, entry in shared.items():
        try:
            template = _custom("", {"key": name, **entry})
        except (TypeError, ValueError) as exc:
            raise CustomsError(f"{source}: shared occasion {name!r}: {exc}") from exc
        templates.setdefault(template.occasion, template)
    return CustomsFile(out, templates)


def _custom(code: str, entry: Any) -> Custom:
    if not isinstance(entry, Mapping):
        raise TypeError("each custom is a shared occasion name or a mapping")
    entry = dict(entry)
    unknown = set(entry) - _KEYS
    if unknown:
        raise ValueError(f"unknown keys {sorted(unknown)}; allowed: {sorted(_KEYS)}")
    missing = {"key", "name", "calendar", "month", "day", "occasion"} - set(entry)
    if missing:
        raise ValueError(f"missing keys {sorted(missing)}")
    calendar = entry["calendar"]
    if calendar not in CALENDARS:
        raise ValueError(f"'calendar' must be one of {', '.join(CALENDARS)}, not {calendar!r}")
    month, day = entry["month"], entry["day"]
    whole = isinstance(month, int) and isinstance(day, int)
    if not (whole and 1 <= month <= 12 and 1 <= day <= 31):
        raise ValueError(f"month {month!r} and day {day!r} must be whole numbers in range")
    custom = Custom(
        country_code=code,
        key=str(entry["key"]),
        name=str(entry["name"]),
        calendar=calendar,
        month=month,
        day=day,
        occasion=str(entry["occasion"]),
        lead_days=int(entry.get("lead_days", DEFAULT_LEAD_DAYS)),
        tolerance=int(entry.get("tolerance", DEFAULT_TOLERANCE[calendar])),
    )
    if not dates_in_year(custom, 2025) and not dates_in_year(custom, 2026):
        raise ValueError(f"{month}/{day} is not a date in the {calendar} calendar")
    return custom


# -- dates ------------------------------------------------------------------------


def dates_in_year(custom: Custom, year: int) -> list[date]:
    """The Gregorian dates of ``custom`` in ``year`` (a lunar custom can fall twice)."""
    if custom.calendar == "gregorian":
        try:
            return [date(year, custom.month, custom.day)]
        except ValueError:  # 29 February
            return []
    found: list[date] = []
    if custom.calendar == "jalali":
        for jalali_year in (year - 622, year - 621):
            try:
                day = jdatetime.date(jalali_year, custom.month, custom.day).togregorian()
            except ValueError:
                continue
            if day.year == year:
                found.append(day)
        return found
    try:
        first = Gregorian(year, 1, 1).to_hijri().year
        last = Gregorian(year, 12, 31).to_hijri().year
    except (ValueError, OverflowError):  # outside the Umm al-Qura tables (1924-2077)
        return []
    for hijri_year in range(first, last + 1):
        try:
            day = Hijri(hijri_year, custom.month, custom.day).to_gregorian().datetuple()
        except (ValueError, OverflowError):
            continue
        moment = date(*day)
        if moment.year == year:
            found.append(moment)
    return found


def occurrences(customs: Iterable[Custom], first_year: int, last_year: int) -> list[Occurrence]:
    """Every date of every custom from ``first_year`` to ``last_year``, in date order."""
    out = [
        Occurrence(custom, day)
        for custom in customs
        for year in range(first_year, last_year + 1)
        for day in dates_in_year(custom, year)
    ]
    return sorted(out, key=lambda o: (o.occasion_date, o.custom.country_code, o.custom.key))


# -- learning from history -------------------------------------------------------


def learn_customs(history: Sequence[Mapping[str, Any]], curated: CustomsFile) -> list[Custom]:
    """Customs the decrees show that the curated list lacks.

    ``history`` has one row per (country_code, occasion) that decrees carried
    in two or more years, with ``dates`` (the decree dates).  A pair the
    curated list already covers (same country and occasion key) is skipped.
    An occasion with a shared definition (Nowruz, the Eids...) follows it;
    another follows the Gregorian day of its middle decree, provided its
    decrees fall on about the same day each year (within
    ``LEARNED_SPREAD_DAYS``).
    """
    covered = {(c.country_code, c.occasion) for c in curated.customs}
    learned: list[Custom] = []
    for row in history:
        code = str(row["country_code"]).upper()
        occasion = str(row["occasion"])
        if (code, occasion) in covered:
            continue
        template = curated.shared.get(occasion)
        if template is not None:
            learned.append(replace(template, country_code=code, source="history"))
            continue
        days = sorted(d for d in row["dates"] if d is not None)
        if len(days) < 2:
            continue
        # the same day of a common year (29 February counts as the 28th)
        same_year = [date(2001, d.month, min(d.day, 28) if d.month == 2 else d.day) for d in days]
        anchor = statistics.median_low(same_year)
        if max(abs((d - anchor).days) for d in same_year) > LEARNED_SPREAD_DAYS:
            continue
        learned.append(
            Custom(
                country_code=code,
                key=f"learned_{occasion}",
                name=occasion.replace("_", " ").capitalize() + " (learned from past decrees)",
                calendar="gregorian",
                month=anchor.month,
                day=anchor.day,
                occasion=occasion,
                lead_days=LEARNED_SPREAD_DAYS,
                tolerance=LEARNED_SPREAD_DAYS,
                source="history",
            )
        )
    return learned
