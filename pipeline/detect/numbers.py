"""Figures as written in news text, in every supported language.

Accepted forms (after :func:`~pipeline.detect.normalize.normalize`, which has
already turned Persian and Arabic-Indic digits into ASCII and ``٬`` into ``,``):

* digits with thousands separators: ``3,388``, ``3.388``, ``3 388``, ``3388``;
  a group that is not three digits long is a decimal part (``1.5 million``);
* digits followed by a scale word: ``10 mil``, ``40 thousand``, ``۱۰ هزار``,
  and a smaller part after a joiner: ``۲ هزار و ۱۳۴`` (2,134);
* number words: ``two thousand``, ``deux mille``, ``dos mil``,
  ``zweitausend``, ``سه هزار و پانصد``, ``ألفين``;
* ranges: ``30 to 40 thousand``, ``between 30 and 40 thousand``,
  ``30,000-40,000``: ``value`` is ``None``, ``low``/``high`` the bounds;
* qualified figures: ``more than 1,700`` -> 1700 (the qualifier stays in
  ``text`` but does not move the value);
* vague quantities, by one convention for every language (``X`` a scale):
  ``Xs`` / ``several X`` / ``a few X`` -> ``[2X, 10X-1]`` (``thousands`` ->
  2000-9999); ``tens of Xs`` -> ``[20X, 100X-1]`` (``tens of thousands`` ->
  20000-99999); ``hundreds of Xs`` -> ``[200X, 1000X-1]``; ``dozens`` ->
  24-99; ``tens`` (``عشرات``, ``десятки``) -> 20-99.  ``value`` is ``None``;
  these bounds rank candidates inside the detector only: a decree carries
  the words as written and their order of magnitude (``Quantity.magnitude``),
  never a range or a point value nobody wrote.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TypeAlias

from .lexicon.base import NumberWords
from .matching import lower_pattern
from .normalize import normalize

__all__ = ["NumberReader", "Quantity", "literal_alternation", "trie_pattern"]

# (not a day and month or a fraction: "2/9", "24/7"; nor a document number:
# "Decision No 1535/QD-CTN", "Decree 21/2026"); lakhs grouped the Indian way: "1,20,000"
_DIGITS = (
    r"(?<![\d.,/])(?:\d{1,2}(?:,\d\d)+,\d{3}(?![\d])"
    r"|\d{1,3}(?:(?:,|\.|'| )\d{3})+(?![\d])|\d+(?:[.,]\d+)?(?![\d]))(?!/\w)"
)
_GROUPED = re.compile(r"\d{1,3}(?:([,.' ])\d{3})+|\d{1,2}(?:,\d\d)+,\d{3}")
# the edges of a number word: no letter next to it, nor a vowel sign or other mark
# of an Indic script (which ``\w`` does not match: "তিন", three, is not read inside
# "তিনি", he; "सौ", a hundred, not in "सौंपा", handed over)
_MARKS = r"\w\u0980-\u09ff\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"
_WORD_START = rf"(?<![{_MARKS}])"
_WORD_END = rf"(?![{_MARKS}])"


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure found in a text; offsets are into the text that was read."""

    start: int
    end: int
    text: str
    value: int | None
    low: int
    high: int
    kind: str  # "exact" | "range" | "vague"

    @property
    def magnitude(self) -> int | None:
        """The order of magnitude of a vague quantity ("tens of thousands" ->
        10,000; "des milliers", "هزاران" -> 1,000), ``None`` for a number.

        ``low``/``high`` of a vague quantity only rank candidates inside the
        detector; what leaves it is the words and this order of magnitude."""
        if self.kind != "vague":
            return None
        return int(10 ** (len(str(self.low)) - 1))


_Trie: TypeAlias = dict[str, "_Trie"]


def trie_pattern(words: list[str]) -> str:
    """A regex matching exactly ``words``, factored as a trie (much faster to try
    at every position than a flat alternation); the longest word wins."""
    root: _Trie = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: _Trie) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return build(root) if words else r"(?!x)x"


_META = re.compile(r"[\\\[\](){}?*+^$.]")


def literal_alternation(pattern: str) -> str:
    """``a|b|c`` of plain words as a trie; other patterns are returned unchanged."""
    pieces = pattern.split("|")
    if any(_META.search(p) for p in pieces):
        return pattern
    return trie_pattern([p.lower() for p in pieces])


def _alternation(words: list[str]) -> str:
    return trie_pattern([normalize(w).lower() for w in words])


class NumberReader:
    """Finds and reads the figures of one language (built once per language)."""

    def __init__(self, words: NumberWords) -> None:
        self.words = words
        self._units = {normalize(k).lower(): v for k, v in words.units.items()}
        self._scales = {normalize(k).lower(): v for k, v in words.scales.items()}
        vocab = list(self._units) + list(self._scales)
        word_alt = _alternation(vocab)
        scale_alt = _alternation(list(self._scales)) or r"(?!x)x"
        joiners = normalize(words.joiners)
        if words.compound:
            word = rf"(?:(?:{word_alt}|und)+)"
            self._morph = re.compile(rf"{word_alt}|und", re.IGNORECASE)
        else:
            word = rf"(?:{word_alt})"
            self._morph = re.compile(rf"{word_alt}", re.IGNORECASE)
        wordnum = rf"{word}(?:(?:\s+|-)(?:(?:{joiners})\s+)?{word})*"
        # "۲ هزار و ۱۳۴" (2 thousand and 134): digits, a scale, then a smaller part
        rest = rf"(?:\s+(?:{joiners})\s*(?:(?<![\d.,])\d{{1,3}}(?![\d.,]\d)|{wordnum}){_WORD_END})?"
        letters = sorted({k.lower() for k in words.digit_suffixes})
        # "10K": a scale letter glued to the digits, never a word of its own
        suffix = rf"(?-i:{'|'.join(letters)})(?!\w)|" if letters else ""
        self.figure = (
            rf"(?:{_DIGITS}(?:{suffix}\s*-?\s*(?:{scale_alt}){_WORD_END}{rest})?"
            rf"|{_WORD_START}{wordnum}{_WORD_END})"
        )
        self._rest = re.compile(rf"({scale_alt})(?:\s+(?:{joiners})\s*(.+))?$", re.IGNORECASE)
        vague_alt = "|".join(normalize(p) for p, _, _ in words.vague) or r"(?!x)x"
        opener = normalize(words.range_open)
        both = normalize(words.range_words)
        pair = normalize(words.range_and)
        qualifiers = literal_alternation(normalize(words.qualifiers))
        self.pattern = (
            rf"(?:(?:{qualifiers})\s+)?"
            rf"(?:(?P<range>(?:(?:{opener})\s+{self.figure}\s*(?:{pair}|{both})\s*{self.figure})"
            rf"|{self.figure}\s*(?:{both})\s*{self.figure})"
            rf"|{_WORD_START}(?P<vague>{vague_alt}){_WORD_END}"
            rf"|(?P<single>{self.figure}))"
        )
        flags = re.IGNORECASE
        self._lower = re.compile(lower_pattern(self.pattern))  # for lower-cased text
        self._cache: dict[str, list[Quantity]] = {}
        self._vague = [(re.compile(normalize(p), flags), lo, hi) for p, lo, hi in words.vague]
        self._scale_re = re.compile(rf"(?:{scale_alt})$", flags)

    # the case-folding forms are compiled when first needed: most text keeps its
    # length when lower-cased and is read by ``_lower``, and only ranges need
    # ``_figure`` (compiling a language's number patterns is most of its start-up)
    @functools.cached_property
    def _regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern, re.IGNORECASE)

    @functools.cached_property
    def _figure(self) -> re.Pattern[str]:
        return re.compile(self.figure, re.IGNORECASE)

    # -- reading ------------------------------------------------------------

    def _digits(self, text: str) -> float | None:
        text = text.strip()
        grouped = _GROUPED.fullmatch(text)
        if grouped:
            return float(re.sub(r"[,.' ]", "", text))
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return None

    def _words(self, text: str) -> int | None:
        total = 0
        current = 0
        seen = False
        for token in self._morph.findall(text.lower()):
            if token in self._units:
                current += self._units[token]
                seen = True
            elif token in self._scales:
                scale = self._scales[token]
                seen = True
                if scale == 100:
                    current = (current or 1) * 100
                else:
                    total += (current or 1) * scale
                    current = 0
        return total + current if seen else None

    def _tens_and_unit(self, text: str) -> int | None:
        """The value of a tens word and a unit word joined by a hyphen
        ("twenty-seven" -> 27); None for anything else."""
        parts = text.split("-")
        if len(parts) != 2:
            return None
        tens, unit = (self._words(p) if p.strip().isalpha() else None for p in parts)
        if tens is None or unit is None or not (20 <= tens <= 90 and tens % 10 == 0):
            return None
        return tens + unit if 1 <= unit <= 9 else None

    def read_figure(self, text: str) -> int | None:
        """The value of one figure (digits, digits + scale, or number words)."""
        text = text.strip()
        match = re.match(r"([\d.,' ]*\d)\s*-?\s*(.*)$", text)
        if match and match.group(1):
            number = self._digits(match.group(1))
            if number is None:
                return None
            rest = match.group(2).strip().lower()
            said = match.group(2).strip()
            if said in self.words.digit_suffixes:
                return round(number * self.words.digit_suffixes[said])
            scaled = self._rest.match(rest) if rest else None
            if scaled:
                number *= self._scales.get(scaled.group(1), 1)
                if scaled.group(2):
                    part = self.read_figure(scaled.group(2))
                    number += part or 0
            return round(number)
        return self._words(text)

    def _range(self, text: str) -> tuple[int, int] | None:
        figures = [m.group(0) for m in self._figure.finditer(text)]
        if len(figures) < 2:
            return None
        first, second = figures[0], figures[-1]
        low, high = self.read_figure(first), self.read_figure(second)
        if low is None or high is None:
            return None
        scale = self._scale_re.search(second.strip())
        if scale and not self._scale_re.search(first.strip()) and re.search(r"\d", first):
            factor = self._scales.get(scale.group(0).lower(), 1)
            if low * factor <= high:
                low *= factor
        if low > high:
            low, high = high, low
        return low, high

    def find(self, text: str) -> list[Quantity]:
        """Every figure in ``text`` (normalised), left to right (cached: the readers
        ask for the figures of one sentence several times)."""
        cached = self._cache.get(text)
        if cached is None:
            if len(self._cache) > 512:
                self._cache.clear()
            cached = self._cache[text] = self._find(text)
        return cached

    def _find(self, text: str) -> list[Quantity]:
        out: list[Quantity] = []
        lowered = text.lower()
        matches = (
            self._lower.finditer(lowered)
            if len(lowered) == len(text)
            else self._regex.finditer(text)
        )
        for m in matches:
            phrase = text[m.start() : m.end()].strip()
            if not phrase:
                continue
            if m.group("range"):
                bounds = self._range(m.group("range"))
                if bounds is None:
                    # "twenty-seven" is one figure written with a hyphen, not a range
                    value = self._tens_and_unit(phrase)
                    if value is not None:
                        out.append(
                            Quantity(m.start(), m.end(), phrase, value, value, value, "exact")
                        )
                    continue
                out.append(
                    Quantity(m.start(), m.end(), phrase, None, bounds[0], bounds[1], "range")
                )
            elif m.group("vague"):
                for regex, low, high in self._vague:
                    if regex.fullmatch(m.group("vague")):
                        out.append(Quantity(m.start(), m.end(), phrase, None, low, high, "vague"))
                        break
            else:
                value = self.read_figure(m.group("single"))
                if value is not None:
                    out.append(Quantity(m.start(), m.end(), phrase, value, value, value, "exact"))
        return out
