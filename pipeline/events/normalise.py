"""Turn one decree's free-text fields into comparable keys.

Pure functions over :class:`~pipeline.models.Decree` values: the office behind
an issuer's name, the occasion, the range of people a figure allows, the
window of dates a report allows for its decree, and the cues that a text
reports a *later* list or an *implementation* total rather than the decree.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta

from pipeline.detect.normalize import fold, fold_accents, normalize
from pipeline.detect.rulers import RULERS
from pipeline.events import vocabulary
from pipeline.models import Decree

__all__ = [
    "IMPLEMENTATION_LOOKBACK",
    "OFFICE_KEYS",
    "REPORT_LOOKBACK",
    "anniversaries",
    "batch_marker",
    "count_label",
    "count_range",
    "country_key",
    "date_interval",
    "decree_numbers",
    "evidence_numbers",
    "exact_figure",
    "is_implementation",
    "is_vague",
    "issuer_key",
    "issuer_label",
    "magnitude_words",
    "occasion_key",
    "ruler_key",
]

# A report that gives no date for its decree was published at most this long
# after it; an implementation report ("82,656 were pardoned under the February
# amnesty") may come months later.
REPORT_LOOKBACK = timedelta(days=30)
IMPLEMENTATION_LOOKBACK = timedelta(days=120)


def _text(*parts: str | None) -> str:
    """Lower-case text with Arabic/Persian spellings, digits and marks folded
    the way the detector folds them, so that "الملك" and "الملک" compare equal."""
    return fold(" ".join(p for p in parts if p))


def _words(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern matching any of ``words`` (folded) as whole words."""
    alternatives = "|".join(re.escape(fold(w.replace("-", " "))) for w in words)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


OFFICE_KEYS = frozenset(key for key, _label, _words in vocabulary.OFFICES)
_RULER_NAMES = frozenset(r.canonical for r in RULERS)
_OFFICE_PATTERNS = tuple((key, label, _words(words)) for key, label, words in vocabulary.OFFICES)
_OCCASION_PATTERNS = tuple((key, _words(words)) for key, words in vocabulary.OCCASIONS)


def country_key(decree: Decree) -> str | None:
    """The country as compared between reports: ISO code if known, else the name."""
    value = (decree.country_code or decree.country or "").strip().lower()
    return value or None


def _office(issuer: str | None) -> tuple[str, str] | None:
    text = _text(issuer)
    if text:
        for key, label, pattern in _OFFICE_PATTERNS:
            if pattern.search(text):
                return key, label
    return None


def issuer_key(issuer: str | None) -> str | None:
    """The office behind an issuer's name, or ``None`` when unknown.

    Known offices and the names of their holders collapse to one key; a body
    that only proposes or announces (the judiciary, state media) counts as
    unknown; any other name is kept as its lower-case words without titles.
    """
    office = _office(issuer)
    if office:
        return office[0]
    text = _text(issuer)
    if not text or vocabulary.ANNOUNCERS.search(text):
        return None
    words = re.findall(r"\w+", vocabulary.TITLES.sub(" ", text))
    return " ".join(words) or None


def ruler_key(issuer: str | None) -> str | None:
    """The canonical name of a known ruler (``pipeline.detect.rulers``), else ``None``."""
    return issuer if issuer in _RULER_NAMES else None


def issuer_label(issuer: str | None) -> str | None:
    """A display name for the issuer: the office if known, else the text."""
    office = _office(issuer)
    if office:
        return office[1]
    return issuer.strip() if issuer and issuer_key(issuer) else None


def _known_occasion(value: str | None) -> str | None:
    text = _text(value).replace("_", " ").replace("-", " ")
    if text:
        for key, pattern in _OCCASION_PATTERNS:
            if pattern.search(text):
                return key
    return None


def occasion_key(decree: Decree) -> str | None:
    """The holiday or reason as one key (``nowruz``, ``eid_al_fitr`` ...).

    A known holiday named in ``occasion`` or ``occasion_text`` wins; otherwise
    the ``occasion`` field itself, in snake case.
    """
    known = _known_occasion(decree.occasion) or _known_occasion(decree.occasion_text)
    if known:
        return known
    slug = re.sub(r"\W+", "_", _text(decree.occasion)).strip("_")
    return None if not slug or slug in vocabulary.UNINFORMATIVE else slug


def _exact_range(count: int) -> tuple[int, int]:
    # A round figure ("10,000") is itself a rounding: allow 10 %; else 2 %.
    slack = 0.10 if count >= 1000 and count % 100 == 0 else 0.02
    return int(count * (1 - slack)), int(count * (1 + slack) + 0.999)


def count_range(decree: Decree) -> tuple[int, int] | None:
    """The number of people the figure allows, as an inclusive range.

    "more than 1,700" allows 1,700-2,125; "about 2,887" 2,598-3,176; "tens of
    thousands" 10,000-99,999; an exact figure allows for rounding.  ``None``
    when the report gives no figure.
    """
    text = _text(decree.count_text)
    low, high, count = decree.count_low, decree.count_high, decree.count
    if decree.count_magnitude:
        return decree.count_magnitude, decree.count_magnitude * 10 - 1
    if low is not None and high is not None:
        return min(low, high), max(low, high)
    if low is not None or high is not None:
        if low is not None:
            return low, int(low * 1.25)
        assert high is not None
        return int(high * 0.75), high
    if count is not None:
        if vocabulary.MORE.search(text):
            return count, int(count * 1.25)
        if vocabulary.LESS.search(text):
            return int(count * 0.85), count
        if vocabulary.ABOUT.search(text):
            return int(count * 0.9), int(count * 1.1 + 0.999)
        return _exact_range(count)
    for words, vague_low, vague_high in vocabulary.VAGUE:
        if words in text:
            return vague_low, vague_high
    return None


def exact_figure(decree: Decree) -> int | None:
    """The figure when the report gives it as exact ("1,769", "about 2,887"),
    ``None`` for a round figure given as a bound or an approximation ("more
    than 1,700"), a range or words."""
    count = decree.count
    if count is None or decree.count_magnitude:
        return None
    if any(v is not None and v != count for v in (decree.count_low, decree.count_high)):
        return None
    text = _text(decree.count_text)
    rounded = count >= 100 and count % 50 == 0
    if rounded and any(
        p.search(text) for p in (vocabulary.MORE, vocabulary.LESS, vocabulary.ABOUT)
    ):
        return None  # "more than 1,700", "nearly 3,000"; "about 2,887" is still 2,887
    return count


def person(decree: Decree) -> frozenset[str] | None:
    """The words of the one person a decree of one pardons ("Ross Ulbricht" ->
    {"ross", "ulbricht"}), accents and case folded; ``None`` for any other decree.
    The detector gives such a decree a count of one and the name as its words."""
    text = decree.count_text
    if decree.count != 1 or not text or any(c.isdigit() for c in text):
        return None
    tokens = frozenset(w for w in re.split(r"[^\w]+", fold_accents(text)) if len(w) >= 2)
    return tokens or None


def same_person(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two names can be one person: one's words are all in the other's
    ("Hunter" and "Hunter Biden", "Ulbricht" and "Ross Ulbricht")."""
    return a <= b or b <= a


def is_vague(decree: Decree) -> bool:
    """Whether the figure is only words ("tens of thousands", "ده‌ها هزار",
    "des milliers"): the detector gave it an order of magnitude, no number."""
    if decree.count_magnitude is not None:
        return True
    if decree.count is not None or decree.count_low is not None or decree.count_high is not None:
        return False
    text = _text(decree.count_text)
    return any(words in text for words, _, _ in vocabulary.VAGUE)


def magnitude_words(magnitude: int | None) -> str | None:
    """An order of magnitude in English words: 10,000 -> "tens of thousands"."""
    return vocabulary.MAGNITUDE_WORDS.get(magnitude) if magnitude else None


def count_label(decree: Decree) -> str | None:
    """The figure as an analyst reads it: "920", "30,000-40,000", "more than 1,700"."""
    text = _text(decree.count_text)
    low, high, count = decree.count_low, decree.count_high, decree.count
    if decree.count_magnitude:
        # the same words for the same claim in every language
        return magnitude_words(decree.count_magnitude) or (decree.count_text or "").strip()
    if count is None and low is None and high is None:
        for words, _, _ in vocabulary.VAGUE:
            if words in text:
                return words
    if low is not None and high is not None and low != high:
        return f"{low:,}-{high:,}"
    number = count if count is not None else (low if low is not None else high)
    if number is None:
        return decree.count_text.strip() if decree.count_text else None
    for pattern, word in (
        (vocabulary.MORE, "more than"),
        (vocabulary.LESS, "up to"),
        (vocabulary.ABOUT, "about"),
    ):
        if pattern.search(text):
            return f"{word} {number:,}"
    if count is None and low is not None:
        return f"at least {number:,}"
    if count is None:
        return f"up to {number:,}"
    return f"{number:,}"


def _figure_clauses(decree: Decree) -> list[str]:
    """The clauses of the evidence that carry the decree's figure."""
    numbers = [n for n in (decree.count, decree.count_low, decree.count_high) if n is not None]
    needles = {f"{n:,}" for n in numbers} | {str(n) for n in numbers}
    if decree.count_text:
        needles.add(decree.count_text.strip().lower())
    clauses = [c for sentence in decree.evidence for c in vocabulary.CLAUSE.split(sentence.lower())]
    return [_around(c, needles) for c in clauses if any(n and n in c for n in needles)]


_NUMBER = re.compile(r"\d[\d,.]*\d|\d")


def _around(clause: str, needles: set[str]) -> str:
    """The part of ``clause`` between the other figures on either side of the
    decree's own ("put it at 30,000 to 40,000, and added that around 100,000
    had been pardoned this year" keeps only the first half)."""
    spans = [(m.start(), m.end(), m.group(0) in needles) for m in _NUMBER.finditer(clause)]
    own = [i for i, span in enumerate(spans) if span[2]]
    if not own:
        return clause
    before = [end for start, end, mine in spans[: own[0]] if not mine]
    after = [start for start, end, mine in spans[own[-1] + 1 :] if not mine]
    return clause[(before[-1] if before else 0) : (after[0] if after else len(clause))]


def is_implementation(decree: Decree) -> bool:
    """Whether the text reports what a decree did (totals released so far, a
    named release under it) rather than the decree itself.

    With a figure, only the clauses that carry it are read ("clemency for 30
    to 40 thousand" stays a report even when the same sentence goes on about
    the year's total); without one, every evidence sentence is.
    """
    has_figure = any(
        v is not None for v in (decree.count, decree.count_low, decree.count_high)
    ) or bool(decree.count_text)
    if has_figure:
        clauses = _figure_clauses(decree) or list(decree.evidence[:1])
    else:
        clauses = list(decree.evidence)
    return any(vocabulary.IMPLEMENTATION.search(c.lower()) for c in clauses)


@functools.lru_cache(maxsize=256)
def _evidence_text(evidence: tuple[str, ...]) -> str:
    """The evidence sentences as one normalised text (read by several keys of
    one mention in turn: normalised once)."""
    return normalize(" ".join(evidence))


def decree_numbers(decree: Decree) -> frozenset[str]:
    """The numbers of the decrees the evidence names ("Decree No. 212")."""
    text = _evidence_text(decree.evidence)
    return frozenset(m.group(1) for m in vocabulary.DECREE_NUMBER.finditer(text))


# a figure with thousands separators ("2,476", "1.769", "12 399") or a plain run of digits
_FIGURE = re.compile(r"(?<!\d)\d{1,3}(?:[,.\u00a0 ]\d{3})+(?!\d)|\d+")


def evidence_numbers(decree: Decree) -> frozenset[int]:
    """The numbers of the evidence sentences, in any script, that can tell one
    decree from another: the figure and its parts, the decree's number.

    Days of the month and years are left out: the reports of one custom in
    other years repeat them ("17 August", "since 1945").
    """
    text = _evidence_text(decree.evidence)
    found = (int(re.sub(r"\D", "", m.group(0))) for m in _FIGURE.finditer(text))
    return frozenset(n for n in found if n > 31 and not 1900 <= n <= 2100)


def anniversaries(decree: Decree) -> frozenset[int]:
    """The anniversaries the evidence names by their ordinal ("52nd National
    Day", "العيد الوطني الـ54"): one custom's decrees of two years differ in it.
    Ordinals below 5 ("2nd list", "3rd time") and days of a month ("August
    11th", "the 30th of June") are left out."""
    text = _evidence_text(decree.evidence)
    found = (
        int(m.group(1) or m.group(2))
        for m in vocabulary.ANNIVERSARY.finditer(text)
        if not vocabulary.MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start())
        and not vocabulary.MONTH_AFTER.search(text[m.end() : m.end() + 16])
    )
    return frozenset(n for n in found if 5 <= n <= 300)


def batch_marker(decree: Decree) -> str | None:
    """ "1", "2" ... for an explicit first/second list, "later" for "another
    group" or "a new list", ``None`` when the text says nothing of lists."""
    text = _text(decree.count_text, decree.occasion_text, *decree.evidence)
    match = vocabulary.ORDINAL_BATCH.search(text)
    if match:
        return vocabulary.ORDINALS[match.group(1)]
    if vocabulary.LATER_BATCH.search(text):
        return "later"
    return None


def date_interval(
    announced_on: date | None, published: datetime | None, *, implementation: bool = False
) -> tuple[date, date] | None:
    """The dates a report allows for its decree.

    A stated date is taken as it is; otherwise the decree came at most
    ``REPORT_LOOKBACK`` (``IMPLEMENTATION_LOOKBACK`` for an implementation
    report) before publication.  An implementation report's own date is the
    latest its decree can have.
    """
    anchor = announced_on or (published.date() if published else None)
    if anchor is None:
        return None
    if implementation:
        return anchor - IMPLEMENTATION_LOOKBACK, anchor
    if announced_on is not None:
        return announced_on, announced_on
    return anchor - REPORT_LOOKBACK, anchor
