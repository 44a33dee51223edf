"""What the field readers read: a decree's deciding sentences (its evidence),
where a field was found, and the date readers of every language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from .dates import DateReader
from .lexicon import LEXICONS
from .rules import CompiledLexicon, Hit, SentenceVerdict, compiled

__all__ = ["DATE_READERS", "Evidence", "Located", "distance"]

DATE_READERS: dict[str, DateReader] = {code: DateReader(lex) for code, lex in LEXICONS.items()}


class Located(NamedTuple):
    """A field as found: its key or normalised text, the sentence and the span in it.

    The caller maps the span back to the text as written (see
    :class:`~pipeline.detect.normalize.OffsetMap`).
    """

    value: str
    sentence: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Evidence:
    """One announce match in one sentence, with the sentence's place in the text."""

    verdict: SentenceVerdict
    hit: Hit

    @property
    def lex(self) -> CompiledLexicon:
        return compiled(self.verdict.lang)


def distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    if a_end <= b_start:
        return b_start - a_end
    if b_end <= a_start:
        return a_start - b_end
    return 0
