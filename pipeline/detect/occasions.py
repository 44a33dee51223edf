"""The occasion vocabulary: why a decree says it was granted.

Each language table lists ``(pattern, key)`` pairs; the key is one of
``OCCASIONS``.  When a sentence names several occasions the first one in the
text wins ("Nowruz ... and two religious holidays ... coronavirus" ->
``nowruz``); at one position the more specific pattern (listed first) wins,
so "Iranian New Year" is ``nowruz`` and not ``new_year``.  Generic revolution
anniversaries (Egypt's 23 July, Algeria's 1 November), the Green March and
Victory Day count as ``national_day``; only the 1979 Islamic Revolution has
its own key.  Where the national day is the proclamation of independence
(Vietnam's 2 September), either name is ``national_day`` (:func:`local_key`).
A Pope's or patriarch's visit is ``religious_visit``; Christmas, Easter and
Buddhist holidays have their own keys; unnamed holidays, centenaries and other
reasons are ``other``.  A bare "Eid"
(tables give it the internal key ``eid``) is Eid al-Fitr or Eid al-Adha by
the Hijri date of the decree or the report (:func:`eid_on`), else ``other``,
unless the report names it in full elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from hijridate import Gregorian

if TYPE_CHECKING:
    from .matching import Matcher, MatcherSet

__all__ = ["OCCASIONS", "eid_on", "find_occasion", "local_key"]

OCCASIONS: dict[str, str] = {
    "islamic_revolution_anniversary": "anniversary of Iran's 1979 revolution (about 11 February)",
    "nowruz": "Nowruz, the Iranian (Persian) new year (20/21 March)",
    "eid_al_fitr": "Eid al-Fitr, the end of Ramadan",
    "eid_al_adha": "Eid al-Adha, the feast of the sacrifice",
    "eid_al_ghadir": "Eid al-Ghadir (Shia)",
    "prophet_birthday": "the Prophet Muhammad's birthday (Mawlid)",
    "mabath": "Mab'ath, the start of the Prophet's mission",
    "imam_birthday": "birthdays of Imam Ali, Imam Reza, Imam Mahdi (mid-Sha'ban), Fatima",
    "throne_day": "Throne Day or the anniversary of a ruler's accession",
    "national_day": "national days, revolution, victory, unity, constitution days",
    "independence_day": "independence day",
    "royal_birthday": "a monarch's birthday",
    "new_year": "calendar new year, Lunar New Year, Thingyan, Khmer New Year, Songkran",
    "religious_visit": "a visit by the Pope or another religious leader",
    "ramadan": "the start or the course of Ramadan",
    "covid19": "the coronavirus pandemic",
    "christmas": "Christmas",
    "easter": "Easter",
    "buddhist_holiday": "Buddhist holidays (Vesak, Poson, full-moon days, Buddhist Lent)",
    "other": "another holiday or reason (an unnamed holiday, a centenary, national reconciliation)",
}


# generic holiday words, which give way to a feast named after them in the same
# sentence: a bare "Eid" (resolved later by the date) and plural "national
# holidays" (a national day unless one anniversary alone is named after them)
_GENERIC = {"eid": "eid", "national_days": "national_day"}
# reasons and seasons rather than holidays: they never replace a holiday word
_REASONS = frozenset({"covid19", "ramadan"})


def find_occasion(
    text: str, patterns: Sequence[tuple[Matcher, str]], prefilter: MatcherSet
) -> tuple[str, str, int] | None:
    """The first occasion named in ``text``: ``(key, text as matched, offset)``.

    ``patterns`` are a table's named occasions, in order, and ``prefilter``
    their :class:`MatcherSet`.  The leftmost match wins and, at one position,
    the pattern listed first (as in one alternation of them all, which would
    cost far more: most patterns cannot match and are not run).
    """
    lowered = text.lower()
    possible = prefilter.possible(text, lowered)
    found: list[tuple[int, int, str, str]] = []
    for order, ((matcher, key), ok) in enumerate(zip(patterns, possible, strict=True)):
        if not ok:
            continue
        m = matcher.search(text, lowered=lowered, checked=True)
        if m is not None:
            found.append((m.start(), order, key, m.group(0).strip()))
    if not found:
        return None
    start, _, key, said = min(found)
    if key in _GENERIC:
        # "on the occasion of Eid 'Nowruz'", "the national holidays and the anniversary
        # of the Islamic Revolution": the head noun gives way to the feast it names
        named = [f for f in found if f[0] > start and f[2] not in _GENERIC and f[2] not in _REASONS]
        # several national anniversaries under "the national holidays" are a national day
        if named and (key == "eid" or len({f[2] for f in named}) == 1):
            start, _, key, said = min(named)
    return _GENERIC.get(key, key), said, start


_REVOLUTION = re.compile(
    r"revolution|révolution|revolución|revolução|revolution|انقلاب|ثوره|ثورة|বিপ্লব", re.I
)
# countries whose national day is the day independence was proclaimed, reported
# under either name: Vietnam's 2 September
_INDEPENDENCE_IS_NATIONAL_DAY = frozenset({"VN"})


def local_key(key: str, code: str | None, said: str) -> str:
    """The key a country's own calendar gives an occasion read as ``key`` from the
    words ``said``: in Iran a revolution's anniversary is the 1979 one; where the
    national day is independence day, either name is ``national_day``."""
    if key == "national_day" and code == "IR" and _REVOLUTION.search(said):
        return "islamic_revolution_anniversary"
    if key == "independence_day" and code in _INDEPENDENCE_IS_NATIONAL_DAY:
        return "national_day"
    return key


def eid_on(day: date | None) -> str:
    """Which Eid a bare "Eid" around ``day`` is: the last ten days of Ramadan and the
    first ten of Shawwal give ``eid_al_fitr``, the last days of Dhu al-Qadah and the
    first twenty of Dhu al-Hijjah ``eid_al_adha``; any other day (or none) ``other``."""
    if day is None:
        return "other"
    try:
        hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    except (ValueError, OverflowError):  # outside the calendar's table (1924-2077)
        return "other"
    if (hijri.month == 9 and hijri.day >= 20) or (hijri.month == 10 and hijri.day <= 10):
        return "eid_al_fitr"
    if (hijri.month == 11 and hijri.day >= 25) or (hijri.month == 12 and hijri.day <= 20):
        return "eid_al_adha"
    return "other"
