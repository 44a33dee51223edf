"""Dates as written in news text, resolved against the publication date.

* ``yesterday``, ``hier``, ``دیروز``...: publication date plus the table offset;
* a weekday (``on Monday``): the most recent such day on or before publication;
* a day and month without a year (``February 5``, ``5 février``): the year of
  publication, or the year before when that would fall after publication;
* full dates, ISO dates and day-first numeric dates (``05.02.2023``);
* Vietnamese day and month in figures after a word for the day or its part
  (``ngày 29/8``, ``Chiều 29.8``, ``(1/9)``);
* Jalali (``۱۶ بهمن ۱۴۰۱``) and Hijri (``14 رجب 1444``) dates, converted with
  ``jdatetime`` and ``hijridate``; a missing year is taken from publication.

Without a publication date only dates that state their year resolve.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

import jdatetime
from hijridate import Gregorian, Hijri

from .lexicon.base import Lexicon
from .normalize import normalize

__all__ = ["HIJRI_MONTHS", "JALALI_MONTHS", "DateMention", "DateReader"]

JALALI_MONTHS = {
    "فروردین": 1,
    "اردیبهشت": 2,
    "خرداد": 3,
    "تیر": 4,
    "مرداد": 5,
    "شهریور": 6,
    "مهر": 7,
    "آبان": 8,
    "آذر": 9,
    "دی": 10,
    "بهمن": 11,
    "اسفند": 12,
}
HIJRI_MONTHS = {
    "محرم": 1,
    "صفر": 2,
    "ربیع الاول": 3,
    "ربیع الأول": 3,
    "ربیع الآخر": 4,
    "ربیع الثانی": 4,
    "ربیع الثاني": 4,
    "جمادی الاولی": 5,
    "جمادى الأولى": 5,
    "جمادی الاول": 5,
    "جمادی الآخرة": 6,
    "جمادى الآخرة": 6,
    "جمادی الثانیة": 6,
    "جمادی الثانی": 6,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
    "ذی القعدة": 11,
    "ذو القعدة": 11,
    "ذی الحجة": 12,
    "ذو الحجة": 12,
}


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    text: str
    date: date
    kind: str  # "relative" | "weekday" | "day_month" | "full" | "jalali" | "hijri"


# what may stand between a weekday and the date that follows it
_SAME_DAY = re.compile(
    r"[\s,(]*(?:morning|afternoon|evening|night|matin|après-midi|soir|mañana|tarde|noche)?[\s,(]*"
    r"(?:the\s+|le\s+|el\s+)?"
)


# Vietnamese "ngày 29/8", "Chiều 29.8", "Sáng nay (1/9)": a day and month in
# figures, only after a word for the day or its part (or in brackets), so that a
# fraction or a score is not read as a date
_VI_DAY_MONTH = re.compile(
    r"(?:(?<=ngày )|(?<=sáng )|(?<=chiều )|(?<=trưa )|(?<=tối )|(?<=đêm )|(?<=hôm )|(?<=\())"
    r"(?P<d>[0-3]?\d)[./](?P<m>1[0-2]|0?[1-9])(?![\d]|[./]\d)"
)


# what may stand between a relative day and the weekday that names it
_NAMES_DAY = re.compile(r"[\s,(\-]{0,4}")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


class DateReader:
    """Finds and resolves the dates of one language."""

    def __init__(self, lex: Lexicon) -> None:
        months: dict[str, tuple[str, int]] = {}
        for name, num in lex.months.items():
            months[normalize(name).lower()] = ("g", num)
        if lex.code == "fa":
            for name, num in JALALI_MONTHS.items():
                months[normalize(name).lower()] = ("j", num)
        if lex.code in ("fa", "ar"):
            for name, num in HIJRI_MONTHS.items():
                months[normalize(name).lower()] = ("h", num)
        self._months = months
        self._weekdays = {normalize(k).lower(): v for k, v in lex.weekdays.items()}
        self._relative = [
            (re.compile(normalize(k).lower()), v) for k, v in lex.relative_days.items()
        ]
        month_alt = _alt(list(months)) or r"(?!x)x"
        day = r"(?<![\d.,])(?P<d>[0-3]?\d)(?:st|nd|rd|th|er|º|°|\.)?"
        year = r"(?P<y>(?:1[34]|19|20)\d\d)(?!\d)"
        sep = r"(?:\s+(?:de|of|ماه)\s+|\s+|\s*-\s*)"
        self._day_month = re.compile(
            rf"{day}{sep}(?P<m>{month_alt})(?!\w)(?:\.?,?\s+(?:de\s+|سال\s+|عام\s+|năm\s+)?{year})?"
        )
        self._month_day = re.compile(
            rf"(?<!\w)(?P<m>{month_alt})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?:,?\s+{year})?"
        )
        self._iso = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")
        self._numeric = re.compile(
            r"(?<![\d.])(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./](?P<y>(?:19|20)\d\d)(?!\d)"
        )
        self._slash = _VI_DAY_MONTH if lex.code == "vi" else None
        greg = _alt([k for k, (cal, _) in months.items() if cal == "g"]) or r"(?!x)x"
        self._month_only = re.compile(
            rf"(?<!\w)(?:(?:in|during|early|late|mid|en|dans|début|fin|im|em|в|در|في|فی)\s+|mid-)"
            rf"(?P<m>{greg})(?!\w)(?!\s*\d{{1,2}}\b)(?:,?\s+{year})?"
        )
        wd_alt = _alt(list(self._weekdays)) or r"(?!x)x"
        self._weekday = re.compile(rf"(?<!\w)(?:{wd_alt})(?!\w)")
        rel_alt = "|".join(f"(?:{normalize(k).lower()})" for k in lex.relative_days) or r"(?!x)x"
        self._relative_re = re.compile(rf"(?<!\w)(?:{rel_alt})(?!\w)")
        self._cache: dict[tuple[str, date | None], list[DateMention]] = {}

    def find(self, text: str, published: date | None) -> list[DateMention]:
        """Every date in ``text`` that can be resolved, left to right.

        The patterns are lower-case and match the lower-cased text; the readers
        ask for the dates of one sentence several times, so results are cached.
        """
        key = (text, published)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        if len(self._cache) > 512:
            self._cache.clear()
        lowered = text.lower()
        if len(lowered) != len(text):
            lowered = text
        found = self._cache[key] = self._find(text, lowered, published)
        return found

    def _find(self, text: str, lowered: str, published: date | None) -> list[DateMention]:
        found: list[DateMention] = []
        taken: list[tuple[int, int]] = []

        def add(start: int, end: int, value: date | None, kind: str) -> None:
            if value is None or any(s < end and start < e for s, e in taken):
                return
            taken.append((start, end))
            found.append(DateMention(start, end, text[start:end], value, kind))

        for m in self._iso.finditer(lowered):
            add(m.start(), m.end(), _safe_date(int(m["y"]), int(m["m"]), int(m["d"])), "full")
        for m in self._numeric.finditer(lowered):
            add(m.start(), m.end(), _safe_date(int(m["y"]), int(m["m"]), int(m["d"])), "full")
        if self._slash is not None:
            for m in self._slash.finditer(lowered):
                value, kind = self._calendar("g", None, int(m["m"]), int(m["d"]), published)
                add(m.start(), m.end(), value, kind)
        for regex in (self._day_month, self._month_day):
            for m in regex.finditer(lowered):
                cal, month = self._months[m["m"].lower()]
                year = int(m["y"]) if m["y"] else None
                value, kind = self._calendar(cal, year, month, int(m["d"]), published)
                add(m.start(), m.end(), value, kind)
        if published is not None:
            for m in self._weekday.finditer(lowered):
                if any(
                    0 <= d.start - m.end() <= 16 and _SAME_DAY.fullmatch(lowered[m.end() : d.start])
                    for d in found
                ):
                    continue  # "Tuesday, March 7", "Tuesday morning, March 7": the date says it
                weekday = self._weekdays[m.group(0)]
                back = (published.weekday() - weekday) % 7
                add(m.start(), m.end(), published - timedelta(days=back), "weekday")
            weekdays = [d.start for d in found if d.kind == "weekday"]
            for m in self._relative_re.finditer(lowered):
                after = m.end()
                if any(_NAMES_DAY.fullmatch(lowered[after:w]) for w in weekdays if w >= after):
                    # "today, Sunday" in a report dated Monday: the weekday is the day
                    # the writer's "today" was
                    continue
                for regex, offset in self._relative:
                    if regex.fullmatch(m.group(0)):
                        add(m.start(), m.end(), published + timedelta(days=offset), "relative")
                        break
        found.sort(key=lambda d: d.start)
        return found

    def months(self, text: str, published: date) -> list[tuple[int, int, date]]:
        """Months named without a day ("in January"): ``(start, end, last day)``, the year
        being that of publication unless stated (or the year before, for a later month)."""
        out: list[tuple[int, int, date]] = []
        for m in self._month_only.finditer(text.lower()):
            month = self._months[m["m"].lower()][1]
            year = int(m["y"]) if m["y"] else published.year
            if not m["y"] and month > published.month:
                year -= 1
            if year < 1900:
                continue
            following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
            out.append((m.start(), m.end(), following - timedelta(days=1)))
        return out

    def _calendar(
        self, cal: str, year: int | None, month: int, day: int, published: date | None
    ) -> tuple[date | None, str]:
        if cal == "g":
            if year is not None:
                return _safe_date(year, month, day), "full"
            if published is None:
                return None, "day_month"
            value = _safe_date(published.year, month, day)
            if value is not None and value > published + timedelta(days=2):
                value = _safe_date(published.year - 1, month, day)
            return value, "day_month"
        if cal == "j":
            return _jalali(year, month, day, published), "jalali"
        return _hijri(year, month, day, published), "hijri"


def _jalali(year: int | None, month: int, day: int, published: date | None) -> date | None:
    try:
        if year is None:
            if published is None:
                return None
            year = jdatetime.date.fromgregorian(date=published).year
            value = jdatetime.date(year, month, day).togregorian()
            if value > published + timedelta(days=2):
                value = jdatetime.date(year - 1, month, day).togregorian()
            return value
        if year > 1900:
            return None
        return jdatetime.date(year, month, day).togregorian()
    except (ValueError, OverflowError):
        return None


def _hijri(year: int | None, month: int, day: int, published: date | None) -> date | None:
    def convert(y: int) -> date:
        g = Hijri(y, month, day).to_gregorian()
        return date(g.year, g.month, g.day)

    try:
        if year is None:
            if published is None:
                return None
            year = Gregorian(published.year, published.month, published.day).to_hijri().year
            value = convert(year)
            if value > published + timedelta(days=2):
                value = convert(year - 1)
            return value
        if year < 1300 or year > 1500:
            return None
        return convert(year)
    except (ValueError, OverflowError):
        return None
