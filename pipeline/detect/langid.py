"""Language of a text: a ``lang`` hint first, then script and stop-word counts.

Arabic script is Urdu when it holds the letters only Urdu writes (``ٹ ڈ ڑ ں ے``),
else told apart by Persian markers (``پ چ ژ گ``, ``است``,
``را``, ``می``) against Arabic ones (``في``, ``الذي``, the article ``ال``); Cyrillic is
Russian; Bengali script is Bengali; Devanagari is Hindi (Marathi and Nepali,
which write it too, have no table); Latin-script text (Vietnamese letters with
two marks included) is scored by the stop words of each table, and
``py3langid`` (restricted to the supported languages) settles close calls.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .lexicon import LEXICONS
from .normalize import normalize

__all__ = ["ARABIC_SCRIPT", "arabic_script_language", "detect_language", "normalize_hint"]

_SAMPLE = 3000  # characters whose script is counted
_WORDS = 1500  # characters whose words are read: enough to tell languages apart
# runs of letters of each script: their lengths add up to the letter count at a
# fraction of the cost of one match per letter
_ARABIC = re.compile(r"[\u0600-\u06ff]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]+")
_BENGALI = re.compile(r"[\u0980-\u09ff]+")
_DEVANAGARI = re.compile(r"[\u0900-\u0963\u0971-\u097f]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+")
_PERSIAN = re.compile(
    normalize(r"[پچژگ]|(?<!\w)(?:است|را|این|می|های|شد|کرد|بود|از|که|برای|با|نفر|کردند)(?!\w)")
)
# letters of Urdu that Persian, Arabic (and Kurdish) never write: ٹ ڈ ڑ ں ے ۓ
_URDU = re.compile(r"[\u0679\u0688\u0691\u06ba\u06d2\u06d3]")
# (not the Arabic honorifics of Persian names: "آیت‌الله", "حجت‌الاسلام")
_ARABIC_WORDS = re.compile(
    normalize(r"(?<!\w)(?:في|الذي|التي|على|إلى|ان|عن|ال(?!له(?!\w)|اسلام|مسلمین|عظمی)\w+)(?!\w)")
)
_WORD = re.compile(r"[^\W\d_]+")
_STOP: dict[str, frozenset[str]] = {
    code: frozenset(lex.stopwords) for code, lex in LEXICONS.items() if lex.stopwords
}
ARABIC_SCRIPT = ("ar", "fa", "ur")
_LATIN_CODES = [c for c in _STOP if c not in (*ARABIC_SCRIPT, "ru", "bn", "hi")]
# each stop word with the Latin-script languages it belongs to: one pass over a
# text's words scores every language
_STOP_OF: dict[str, tuple[str, ...]] = {}
for _code in _LATIN_CODES:
    for _word in _STOP[_code]:
        _STOP_OF[_word] = (*_STOP_OF.get(_word, ()), _code)


def normalize_hint(lang: str | None) -> str | None:
    """``"fa-IR"`` -> ``"fa"``; ``"per"``/``"pes"`` -> ``"fa"``; ``None`` stays ``None``."""
    if not lang or not isinstance(lang, str):
        return None
    code = lang.strip().lower().replace("_", "-").split("-")[0]
    return {
        "per": "fa",
        "pes": "fa",
        "fas": "fa",
        "ara": "ar",
        "eng": "en",
        "fre": "fr",
        "fra": "fr",
        "spa": "es",
        "por": "pt",
        "ita": "it",
        "ger": "de",
        "deu": "de",
        "rus": "ru",
        "tur": "tr",
        "ind": "id",
        "in": "id",
        "urd": "ur",
        "vie": "vi",
        "ben": "bn",
        "hin": "hi",
    }.get(code, code) or None


def _identifier() -> Any:
    # the same model as page extraction's, restricted to the detector's languages
    from pipeline.langmodel import identifier

    return identifier(tuple(sorted(LEXICONS)))


def _letters(script: re.Pattern[str], text: str) -> int:
    return sum(map(len, script.findall(text)))


def arabic_script_language(text: str) -> str:
    """``ur``, ``fa`` or ``ar`` for a text (or one sentence) in Arabic script."""
    urdu = len(_URDU.findall(text))
    if urdu >= 3 or (urdu and urdu * 20 >= _letters(_ARABIC, text)):
        return "ur"
    persian = len(_PERSIAN.findall(text))
    arab = len(_ARABIC_WORDS.findall(text))
    return "fa" if persian * 2 >= arab else "ar"


def detect_language(text: str) -> str | None:
    """Best guess among the supported languages, or ``None`` for text without words."""
    sample = text[:_SAMPLE]
    if sample.isascii():
        arabic = cyrillic = bengali = devanagari = 0
    else:
        arabic = _letters(_ARABIC, sample)
        cyrillic = _letters(_CYRILLIC, sample)
        bengali = _letters(_BENGALI, sample)
        devanagari = _letters(_DEVANAGARI, sample)
    latin = _letters(_LATIN, sample)
    if max(arabic, cyrillic, latin, bengali, devanagari) < 3:
        return None
    if devanagari > max(arabic, cyrillic, latin):
        return "hi"
    sample = sample[:_WORDS]
    if bengali > max(arabic, cyrillic, latin):
        return "bn"
    if arabic >= cyrillic and arabic >= latin:
        return arabic_script_language(sample)
    if cyrillic >= latin:
        return "ru"
    words = _WORD.findall(sample.lower())
    counts = Counter(code for word in words for code in _STOP_OF.get(word, ()))
    scores = sorted(((counts[c], c) for c in _LATIN_CODES), reverse=True)
    if len(scores) == 1 or (scores and scores[0][0] >= 3 and scores[0][0] >= 1.5 * scores[1][0]):
        return scores[0][1]
    try:
        code, _ = _identifier().classify(sample)
    except Exception:  # the model is optional help: any failure falls back to scores
        return scores[0][1] if scores and scores[0][0] else "en"
    return str(code)
