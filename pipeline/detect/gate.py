"""The keyword gate: one Aho-Corasick pass decides whether a text needs reading.

Every table's ``gate`` words (lower-case stems, normalised) go into one
automaton; a text none of them occurs in is rejected without further work.
The gate also tells which languages' words occurred, so that the rules of
those languages are run too (a Persian article with an English headline).
"""

from __future__ import annotations

import ahocorasick

from .lexicon import LEXICONS
from .normalize import normalize

__all__ = ["hits", "passes", "scan"]


def _variants(word: str) -> set[str]:
    """The word as written, normalised, and with Arabic or Persian yeh, kaf and teh marbuta,
    so that raw (not yet normalised) text can be gated too."""
    base = {word.lower(), normalize(word).lower()}
    out = set(base)
    for w in base:
        out.add(w.replace("ی", "ي").replace("ک", "ك"))
        out.add(w.replace("ي", "ی").replace("ك", "ک"))
        if w.endswith("ه"):
            out.add(w[:-1] + "ة")
    return out


def _build() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    words: dict[str, set[str]] = {}
    for code, lex in LEXICONS.items():
        for word in lex.gate:
            for variant in _variants(word):
                words.setdefault(variant, set()).add(code)
    for word, codes in words.items():
        automaton.add_word(word, (word, tuple(sorted(codes))))
    automaton.make_automaton()
    return automaton


_AUTOMATON = _build()


def passes(lowered: str) -> bool:
    """Whether any gate word occurs in ``lowered`` (raw or normalised) text."""
    for _ in _AUTOMATON.iter(lowered):
        return True
    return False


def scan(lowered: str) -> tuple[list[int], set[str]]:
    """End offsets of gate words in ``lowered`` text, and the languages they belong to."""
    positions: list[int] = []
    langs: set[str] = set()
    for end, (_, codes) in _AUTOMATON.iter(lowered):
        positions.append(end)
        langs.update(codes)
    return positions, langs


def hits(lowered: str) -> list[tuple[int, tuple[str, ...]]]:
    """End offsets of gate words in ``lowered`` text, each with its languages."""
    return [(end, codes) for end, (_, codes) in _AUTOMATON.iter(lowered)]
