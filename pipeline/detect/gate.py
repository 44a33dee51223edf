"""The keyword gate: one Aho-Corasick pass decides whether a text needs reading.

Every table's ``gate`` words (lower-case stems, normalised) go into one
automaton; a text none of them occurs in is rejected without further work.
The gate also tells which languages' words occurred, so that the rules of
those languages are run too (a Persian article with an English headline).
"""

from __future__ import annotations

import ahocorasick_rs

from .lexicon import LEXICONS
from .normalize import normalize

__all__ = ["hits", "passes"]


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


def _build() -> tuple[ahocorasick_rs.AhoCorasick, list[tuple[str, ...]]]:
    words: dict[str, set[str]] = {}
    for code, lex in LEXICONS.items():
        for word in lex.gate:
            for variant in _variants(word):
                words.setdefault(variant, set()).add(code)
    keys = sorted(words)
    return ahocorasick_rs.AhoCorasick(keys), [tuple(sorted(words[k])) for k in keys]


_AUTOMATON, _LANGS = _build()


def passes(lowered: str) -> bool:
    """Whether any gate word occurs in ``lowered`` (raw or normalised) text."""
    return bool(_AUTOMATON.find_matches_as_indexes(lowered, overlapping=False))


def hits(lowered: str) -> list[tuple[int, tuple[str, ...]]]:
    """Offset of the last character of each gate word in ``lowered`` text (overlaps
    included), each with the languages whose word it is."""
    return [
        (end - 1, _LANGS[i])
        for i, _, end in _AUTOMATON.find_matches_as_indexes(lowered, overlapping=True)
    ]
