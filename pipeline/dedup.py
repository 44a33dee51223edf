"""Article fingerprints: exact copies and near-duplicate wire stories.

* ``fingerprint`` is a hash of the normalised text: equal for pages whose
  words are the same whatever their markup, spacing or case.
* ``sketch`` is a bottom-k MinHash: the 16 smallest 64-bit hashes of the
  text's word 4-shingles.  Copies of one wire text with small edits share most
  of them, unrelated texts none; two shared values make a candidate, and
  ``containment`` of the full shingle sets confirms.  (A 64-bit SimHash was
  tried first: on 1-2 KB wire texts, a retitled copy with an added editor's
  note landed 19 bits away, as far as unrelated texts sometimes do.)
* ``SketchIndex`` finds candidates by sketch value, not by comparing pairs:
  the stored archive keeps the same index in DuckDB (``article_sketch``), a
  batch being stored keeps one in memory.  A value held by more than
  ``max_df`` texts is a common phrase (a byline, a copyright line) and is
  ignored; each lookup returns at most ``limit`` candidates.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Hashable, Sequence
from typing import Generic, TypeVar

__all__ = [
    "MAX_CANDIDATES",
    "MAX_DF",
    "MIN_SHARED",
    "SketchIndex",
    "containment",
    "fingerprint",
    "normalize_text",
    "shingles",
    "signature",
    "sketch",
]

_WORD = re.compile(r"\w+", re.UNICODE)
_SHINGLE = 4
SKETCH_SIZE = 16
_MAX_WORDS = 5000
# two shared sketch values make a candidate pair
MIN_SHARED = 2
# a sketch value held by more texts than this is a common phrase: ignored
MAX_DF = 200
# candidates (distinct stories) confirmed per new text, most shared values first
MAX_CANDIDATES = 8

K = TypeVar("K", bound=Hashable)


def normalize_text(text: str) -> str:
    """Case-folded words joined by single spaces (NFKC, punctuation dropped)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_WORD.findall(folded))


def fingerprint(text: str) -> str:
    """Exact fingerprint: 32 hex characters of BLAKE2b over the normalised text."""
    return _fingerprint(normalize_text(text))


def _fingerprint(normal: str) -> str:
    return hashlib.blake2b(normal.encode("utf-8"), digest_size=16).hexdigest()


def shingles(text: str, size: int = _SHINGLE) -> set[str]:
    return _shingles(normalize_text(text), size)


def _shingles(normal: str, size: int) -> set[str]:
    words = normal.split()[:_MAX_WORDS]
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def sketch(text: str, size: int = SKETCH_SIZE) -> list[int]:
    """The ``size`` smallest shingle hashes, ascending (fewer for short texts)."""
    return _sketch(shingles(text), size)


def _sketch(tokens: set[str], size: int) -> list[int]:
    # 64-bit BLAKE2b of each shingle; 8-byte big-endian digests sort as the
    # numbers they spell, so only the smallest ``size`` become integers
    digests = sorted({hashlib.blake2b(t.encode("utf-8"), digest_size=8).digest() for t in tokens})
    return [int.from_bytes(d, "big") for d in digests[:size]]


def signature(text: str) -> tuple[str, list[int]]:
    """``fingerprint(text)`` and ``sketch(text)``, the text normalised once for both."""
    normal = normalize_text(text)
    return _fingerprint(normal), _sketch(_shingles(normal, _SHINGLE), SKETCH_SIZE)


def containment(a: set[str], b: set[str]) -> float:
    """Share of the smaller shingle set found in the other (0..1)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


class SketchIndex(Generic[K]):
    """Texts by sketch value, for candidate lookups that do not compare pairs."""

    def __init__(self) -> None:
        self._holders: dict[int, list[K]] = {}
        self._order: dict[K, int] = {}

    def add(self, key: K, values: Sequence[int]) -> None:
        self._order.setdefault(key, len(self._order))
        for value in set(values):
            self._holders.setdefault(value, []).append(key)

    def candidates(
        self,
        values: Sequence[int],
        *,
        min_shared: int = MIN_SHARED,
        max_df: int = MAX_DF,
        limit: int = MAX_CANDIDATES,
    ) -> list[K]:
        """Keys sharing at least ``min_shared`` values, most shared first (at most ``limit``)."""
        shared: Counter[K] = Counter()
        for value in set(values):
            holders = self._holders.get(value, ())
            if len(holders) <= max_df:
                shared.update(holders)
        ranked = sorted(
            (key for key, count in shared.items() if count >= min_shared),
            key=lambda key: (-shared[key], self._order[key]),
        )
        return ranked[:limit]
