"""Sentence splitting with bounded work.

Sentences end at ``. ! ? ؟ 。 ۔ ।`` followed by a space, or at a line break; a
full stop after a single capital letter (``U.S.``), a known abbreviation (``avv.``) or
between digits does not end a sentence.  Over-long stretches (text without
punctuation) are cut into pieces of at most ``MAX_SENTENCE`` characters at a
space, so that every rule runs on short strings.
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate

__all__ = ["MAX_SENTENCE", "split_sentences"]

MAX_SENTENCE = 600
# A line break, or end punctuation (and closing quotes) before white space.  One
# leading character class lets the regex engine skip ahead between candidates.
_END = re.compile(r"[.!?؟。۔।\n](?:(?<=\n)|[.!?؟。۔।]*[\"')\]]*(?=\s))")
_ABBREV = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|No|Gen|Lt|Col|Sgt|Jr|Sr|Sen|Rep|Gov|Pres|Prof|Jan|Feb"
    r"|Aug|Sept|Oct|Nov|Dec|vs|etc|approx|Inc|Ltd|Co|Mt|M|Mme|Sra|Sr|Dra|Hz|Nr|Art|ca|bzw"
    r"|z\.B|H\.H|H\.E|H\.M|Sig|sig|Dott|dott|Avv|avv|মো|ডা))\.$"
)


def _cut(start: int, end: int, text: str, out: list[tuple[int, int]]) -> None:
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE
        out.append((start, cut))
        start = cut
    if text[start:end].strip():
        out.append((start, end))


def split_sentences(text: str, near: list[int] | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of the sentences of ``text``.

    With ``near`` (offsets of interest, sorted), only the lines within three
    lines of one of them are split into sentences; other lines stay whole,
    which keeps long articles cheap.
    """
    if near is None:
        return _split(text, 0, len(text))
    pieces = text.split("\n")
    if not pieces[-1]:
        pieces.pop()  # the text ends with a line break: no line after it
    widths = [len(piece) + 1 for piece in pieces]  # each line with its line break
    starts = [0, *accumulate(widths)][:-1]
    if starts:
        widths[-1] = min(widths[-1], len(text) - starts[-1])
    wanted: set[int] = set()
    for pos in near:
        i = bisect.bisect_right(starts, pos) - 1
        wanted.update(range(max(0, i - 3), i + 4))
    out: list[tuple[int, int]] = []
    last = 0
    for i in sorted(w for w in wanted if w < len(pieces)):
        _whole_lines(text, pieces, starts, widths, last, i, out)
        out.extend(_split(text, starts[i], starts[i] + widths[i]))
        last = i + 1
    _whole_lines(text, pieces, starts, widths, last, len(pieces), out)
    return out


def _whole_lines(
    text: str,
    pieces: list[str],
    starts: list[int],
    widths: list[int],
    first: int,
    stop: int,
    out: list[tuple[int, int]],
) -> None:
    """Lines ``first`` to ``stop`` (excluded), each one sentence; blank ones left out."""
    if first >= stop:
        return
    if max(widths[first:stop]) <= MAX_SENTENCE:
        out.extend(
            [
                (s, s + w)
                for s, w, piece in zip(
                    starts[first:stop], widths[first:stop], pieces[first:stop], strict=True
                )
                if piece and not piece.isspace()
            ]
        )
        return
    for i in range(first, stop):
        s, e = starts[i], starts[i] + widths[i]
        if e - s > MAX_SENTENCE:
            _cut(s, e, text, out)
        elif pieces[i] and not pieces[i].isspace():
            out.append((s, e))


def _split(text: str, begin: int, stop: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = begin
    for m in _END.finditer(text, begin, stop):
        end = m.end()
        if m.group(0) != "\n":
            tail = text[max(start, m.start() - 8) : m.start() + 1]
            if m.group(0).startswith(".") and _ABBREV.search(tail):
                continue
        _cut(start, end, text, out)
        start = end
    if start < stop:
        _cut(start, stop, text, out)
    return out
