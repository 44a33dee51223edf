"""Article fingerprints: exact copies and near-duplicate wire stories.

* ``fingerprint`` is a hash of the normalised text: equal for pages whose
  words are the same whatever their markup, spacing or case.
* ``simhash`` is a 64-bit SimHash of word shingles: copies of one wire text
  with small edits land a few bits apart, unrelated texts about 32 apart.
  It is the cheap first filter; ``containment`` of shingle sets confirms.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

__all__ = [
    "containment",
    "fingerprint",
    "hamming",
    "normalize_text",
    "shingles",
    "simhash",
]

_WORD = re.compile(r"\w+", re.UNICODE)
_SHINGLE = 4
_MAX_WORDS = 5000


def normalize_text(text: str) -> str:
    """Case-folded words joined by single spaces (NFKC, punctuation dropped)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_WORD.findall(folded))


def fingerprint(text: str) -> str:
    """Exact fingerprint: 32 hex characters of BLAKE2b over the normalised text."""
    return hashlib.blake2b(normalize_text(text).encode("utf-8"), digest_size=16).hexdigest()


def _words(text: str) -> list[str]:
    return normalize_text(text).split()[:_MAX_WORDS]


def shingles(text: str, size: int = _SHINGLE) -> set[str]:
    words = _words(text)
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def _hash64(token: str) -> int:
    return int.from_bytes(hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest(), "big")


def simhash(text: str) -> int:
    """64-bit SimHash of the text's word 4-shingles (0 for empty text)."""
    return _simhash_of(shingles(text))


def _simhash_of(tokens: Iterable[str]) -> int:
    weights = [0] * 64
    for token in tokens:
        h = _hash64(token)
        for bit in range(64):
            weights[bit] += 1 if (h >> bit) & 1 else -1
    return sum(1 << bit for bit, w in enumerate(weights) if w > 0)


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def containment(a: set[str], b: set[str]) -> float:
    """Share of the smaller shingle set found in the other (0..1)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))
