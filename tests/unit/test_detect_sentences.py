"""Sentence splitting: every word lands in exactly one short sentence, in order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.detect.sentences import MAX_SENTENCE, split_sentences

PIECES = ["word ", "Mr. ", "U.S. ", "end. ", "\n", "\n\n", " \n", "x", '?" ', "3.5 ", "  ", "."]


def _check(text: str, spans: list[tuple[int, int]]) -> None:
    covered = [False] * len(text)
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text)
        assert end - start <= MAX_SENTENCE + 1
        assert text[start:end].strip()
        for i in range(start, end):
            covered[i] = True
        last = end
    assert all(covered[i] for i, ch in enumerate(text) if not ch.isspace())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=400), st.data())
def test_spans_cover_every_word_once_in_order(pieces: list[str], data: st.DataObject) -> None:
    text = "".join(pieces)
    near = sorted(
        data.draw(st.lists(st.integers(0, max(0, len(text) - 1)), max_size=4 if text else 0))
    )
    _check(text, split_sentences(text))
    _check(text, split_sentences(text, near))


def test_lines_near_an_offset_are_split_and_others_kept_whole() -> None:
    lines = [f"Line {i} has one sentence. And a second one." for i in range(20)]
    text = "\n".join(lines)
    hit = text.index("Line 10")
    spans = split_sentences(text, [hit])
    said = [text[s:e].strip() for s, e in spans]
    assert "Line 10 has one sentence." in said and "And a second one." in said
    assert lines[0] in said and lines[19] in said  # far lines stay whole
    assert "Line 7 has one sentence." in said and lines[6] in said  # three lines either side


def test_an_unpunctuated_wall_of_text_is_cut_into_short_pieces() -> None:
    text = "word " * 2000
    spans = split_sentences(text, [5000])
    assert len(spans) >= 2000 * 5 // MAX_SENTENCE
    _check(text, spans)
