"""Per-language rule tables: one module per language, each exporting ``LEXICON``."""

from __future__ import annotations

from . import ar, bn, de, en, es, fa, fr, hi, id, it, pt, ru, tr, ur, vi
from .base import Lexicon, NumberWords, Rule

__all__ = ["LEXICONS", "Lexicon", "NumberWords", "Rule"]

LEXICONS: dict[str, Lexicon] = {
    module.LEXICON.code: module.LEXICON
    for module in (en, fr, es, pt, it, de, ar, fa, ur, hi, ru, tr, id, vi, bn)
}
