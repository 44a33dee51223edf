"""Case-insensitive matching done the fast way: lower-cased patterns on lower-cased text.

``re.IGNORECASE`` makes the regex engine fold the case of every character it
compares; lower-casing the text once (``str.lower`` is cheap) and matching a
lower-cased pattern without the flag is two to three times faster on the
detector's tables.  Lower-casing keeps offsets as long as it keeps the length
of the text (normalised text does: ``İ`` is folded beforehand).

Most patterns cannot match most sentences, and a regex search costs far more
than a substring test.  So each pattern carries a pre-filter read off its
parsed form (:func:`required_literals`): strings, one of which from each
clause must occur in any text it matches ("pardoned" or "amnestied", and
"announced" or "signed"...).  When one clause is missing, the search is not
run.  The pre-filter is only ever a necessary condition, so results are the
same with or without it.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator, Sequence
from typing import Any

import ahocorasick_rs

__all__ = ["Matcher", "MatcherSet", "lower_pattern", "required_literals"]


def _stdlib(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:  # pragma: no cover - a Python that moved its regex internals
        return None


# The standard library's own regex parser (no pre-filter without it), and the
# letters re.IGNORECASE equates with more than their case pair ("ı" and "i",
# "ſ" and "s"): a case-insensitive pattern's literal run stops at them.
_sre_parse = _stdlib("re._parser")
_sre = _stdlib("re._constants")
_casefix = _stdlib("re._casefix")
_FOLDS_WIDELY = frozenset(chr(c) for c in getattr(_casefix, "_EXTRA_CASES", {}))

# A pre-filter is used when each of its literals is at least this long and
# there are not too many of them (each costs one substring test).
_MIN_NEEDLE = 3
_MAX_NEEDLES = 48
_EMPTY: Iterator[re.Match[str]] = iter(())

_VERBATIM = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|\{\d*,?\d*\}")


def lower_pattern(pattern: str) -> str:
    """``pattern`` with its literal letters lower-cased (escapes and group names kept)."""
    out: list[str] = []
    last = 0
    for m in _VERBATIM.finditer(pattern):
        out.append(pattern[last : m.start()].lower())
        out.append(m.group(0))
        last = m.end()
    out.append(pattern[last:].lower())
    return "".join(out)


Needles = frozenset[str]
Clauses = tuple[Needles, ...]


def _useful(need: Needles) -> bool:
    return 0 < len(need) <= _MAX_NEEDLES and min(len(n) for n in need) >= _MIN_NEEDLE


def _sequence(items: Any, fold: bool) -> list[Needles]:
    """Every requirement of a sequence: its literal runs and its parts' requirements
    (a match holds one literal of each)."""
    clauses: list[Needles] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= _MIN_NEEDLE:
            clauses.append(frozenset(["".join(run)]))
        run.clear()

    for op, av in items:
        if op is _sre.LITERAL:
            char = chr(av)
            if not fold:
                run.append(char)
                continue
            lower = char.lower()
            if len(lower) == 1 and lower not in _FOLDS_WIDELY:
                run.append(lower)
                continue
        flush()
        clauses.extend(_node(op, av, fold))
    flush()
    return clauses


def _node(op: Any, av: Any, fold: bool) -> list[Needles]:
    if op is _sre.SUBPATTERN:
        return _sequence(av[-1], fold)
    if op is _sre.ATOMIC_GROUP:
        return _sequence(av, fold)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        return _sequence(av[2], fold) if av[0] >= 1 else []
    if op is _sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            options = [c for c in _sequence(branch, fold) if _useful(c)]
            if not options:
                return []
            # the branch's most selective requirement: longest shortest literal, fewest
            union |= max(options, key=lambda c: (min(min(len(n) for n in c), 6), -len(c)))
        return [frozenset(union)]
    return []


def required_literals(pattern: str, *, ignorecase: bool) -> Clauses:
    """What any text ``pattern`` matches holds: for every clause, one of its strings.

    Derived from the parsed pattern: the literal runs of a sequence, the union
    over the branches of an alternation, the body of a repeat taken at least
    once; lookarounds, classes and optional parts require nothing.  With
    ``ignorecase`` the strings are lower-case and hold for the lower-cased text.
    Only ever a necessary condition: a text holding them may still not match.
    Empty when nothing useful can be derived.
    """
    if _sre_parse is None or _sre is None:
        return ()
    try:
        parsed = _sre_parse.parse(pattern, re.IGNORECASE if ignorecase else 0)
    except (re.error, RecursionError):
        return ()
    found = _sequence(parsed.data, ignorecase)
    clauses = list(dict.fromkeys(c for c in found if _useful(c)))
    clauses.sort(key=len)  # cheapest tests first
    return tuple(clauses)


class Matcher:
    """A table pattern, case-insensitive.

    Matching lower-cased text with a lower-cased pattern is two to three times
    faster than ``re.IGNORECASE``, so that is what happens, unless the pattern
    has case-sensitive parts (``(?-i:...)``) or lower-casing would change the
    text's length (offsets must stay valid).  Callers that match several
    patterns on one text may pass its ``lowered`` form once.  Offsets are the
    same either way; ``group()`` may return lower-cased text, so callers slice
    the original by offsets when they need the text as written.
    """

    __slots__ = ("_ci_clauses", "_ci_regex", "_lc_clauses", "_lc_regex", "_lowered", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        # a pattern with case-sensitive parts runs case-insensitively only
        self._lowered = None if "(?-i" in pattern else lower_pattern(pattern)
        # each form is compiled, and its pre-filter read, when first needed: most
        # of a table's patterns never run on a given text (see MatcherSet)
        self._ci_regex: re.Pattern[str] | None = None
        self._ci_clauses: Clauses | None = None
        self._lc_regex: re.Pattern[str] | None = None
        self._lc_clauses: Clauses | None = None

    @property
    def _ci(self) -> re.Pattern[str]:
        """The pattern compiled with ``re.IGNORECASE``, run on the text as written."""
        if self._ci_regex is None:
            self._ci_regex = re.compile(self.pattern, re.IGNORECASE)
        return self._ci_regex

    @property
    def _lc(self) -> re.Pattern[str] | None:
        """The lower-cased pattern, run on lower-cased text (None: case-sensitive parts)."""
        if self._lc_regex is None and self._lowered is not None:
            self._lc_regex = re.compile(self._lowered)
        return self._lc_regex

    @property
    def _ci_needles(self) -> Clauses:
        if self._ci_clauses is None:
            self._ci_clauses = required_literals(self.pattern, ignorecase=True)
        return self._ci_clauses

    @property
    def _lc_needles(self) -> Clauses:
        if self._lowered is None:
            return ()
        if self._lc_clauses is None:
            self._lc_clauses = required_literals(self._lowered, ignorecase=False)
        return self._lc_clauses

    def compile(self) -> Matcher:
        """Both forms compiled now: a bad pattern raises ``re.error`` here, not on first use."""
        _ = (self._ci, self._lc)
        return self

    def _clauses(self, same_length: bool) -> Clauses:
        """The pre-filter of the form :meth:`_form` picks: strings, one of each clause
        in the lower-cased text."""
        if self._lowered is None or not same_length:
            return self._ci_needles
        return self._lc_needles

    def _form(self, same_length: bool) -> tuple[re.Pattern[str], bool]:
        """The compiled form to run and whether it runs on the lower-cased text: the
        lower-cased form unless the pattern has case-sensitive parts or lower-casing
        changed the text's length."""
        lc = self._lc if same_length else None
        if lc is None:
            return self._ci, False
        return lc, True

    def _pick(
        self, text: str, lowered: str | None, checked: bool = False
    ) -> tuple[re.Pattern[str], str] | None:
        """The compiled form and the subject to run it on; None when a literal the
        pattern requires is absent from the lower-cased text, so it cannot match
        (``checked``: the caller has already made sure it is not)."""
        if lowered is None:
            lowered = text.lower()
        same_length = len(lowered) == len(text)
        regex, on_lowered = self._form(same_length)
        subject = lowered if on_lowered else text
        if checked:
            return regex, subject
        for clause in self._clauses(same_length):
            for needle in clause:
                if needle in lowered:
                    break
            else:
                return None
        return regex, subject

    def search(
        self,
        text: str,
        pos: int = 0,
        endpos: int | None = None,
        *,
        lowered: str | None = None,
        checked: bool = False,
    ) -> re.Match[str] | None:
        picked = self._pick(text, lowered, checked)
        if picked is None:
            return None
        regex, subject = picked
        return regex.search(subject, pos, len(subject) if endpos is None else endpos)

    def match(
        self, text: str, pos: int = 0, endpos: int | None = None, *, lowered: str | None = None
    ) -> re.Match[str] | None:
        picked = self._pick(text, lowered)
        if picked is None:
            return None
        regex, subject = picked
        return regex.match(subject, pos, len(subject) if endpos is None else endpos)

    def finditer(
        self, text: str, *, lowered: str | None = None, checked: bool = False
    ) -> Iterator[re.Match[str]]:
        picked = self._pick(text, lowered, checked)
        if picked is None:
            return _EMPTY
        regex, subject = picked
        return regex.finditer(subject)


class MatcherSet:
    """Matchers run over the same texts, pre-filtered together.

    One automaton pass over a text finds every pre-filter string it holds; the
    clauses those strings meet are gathered with set unions, and a matcher may
    match when all its clauses are met (a subset test).  That costs a few set
    operations per matcher instead of a substring test per string.  Callers run
    the possible ones with ``checked=True``.
    """

    __slots__ = ("_automaton", "_modes", "_needles", "matchers")

    def __init__(self, matchers: Sequence[Matcher]) -> None:
        self.matchers = list(matchers)
        # two modes: lower-casing kept the text's length (each matcher's own
        # lower-cased form runs) or changed it (every matcher runs
        # case-insensitively); the second is rare and built when first needed
        self._needles: dict[str, int] = {}
        self._modes: dict[bool, tuple[list[frozenset[int]], dict[int, frozenset[int]]]] = {}
        self._automaton: Any = None
        self._mode(True)

    def _mode(self, same: bool) -> tuple[list[frozenset[int]], dict[int, frozenset[int]]]:
        mode = self._modes.get(same)
        if mode is not None:
            return mode
        needles = self._needles
        known = len(needles)
        clause_sets: list[frozenset[int]] = []
        meets: dict[int, set[int]] = {}
        count = 0
        for m in self.matchers:
            ids: list[int] = []
            for clause in m._clauses(same):
                for needle in clause:
                    meets.setdefault(needles.setdefault(needle, len(needles)), set()).add(count)
                ids.append(count)
                count += 1
            clause_sets.append(frozenset(ids))
        mode = self._modes[same] = (clause_sets, {n: frozenset(c) for n, c in meets.items()})
        if len(needles) > known:  # the automaton finds every needle of the modes built
            self._automaton = ahocorasick_rs.AhoCorasick(list(needles))
        return mode

    def possible(self, text: str, lowered: str) -> list[bool]:
        """Per matcher, whether it may match ``text`` (lower-cased: ``lowered``)."""
        clause_sets, meets = self._mode(len(lowered) == len(text))
        met: set[int] = set()
        if self._automaton is not None:
            found = self._automaton.find_matches_as_indexes(lowered, True)
            met = met.union(*[meets.get(i, ()) for i, _, _ in found])
        return [clauses <= met for clauses in clause_sets]
