"""Text normalisation shared by the gate, the rule tables and the field readers.

One character-for-character table (``str.translate``) folds the spelling
variants that matter for matching:

* Arabic, Persian and Urdu letters: ``ي ى`` -> ``ی``, ``ك`` -> ``ک``, ``ة`` -> ``ه``,
  ``أ إ آ ٱ`` -> ``ا``, ``ۀ`` -> ``ه``, and the Urdu ``ہ ھ ۃ`` -> ``ه`` (so that a
  name is spelled alike in the three languages); tatweel and diacritics (harakat,
  superscript alef) are removed;
* the zero-width non-joiner becomes a space, other invisible marks vanish;
* Bengali letters with a nukta are written two ways (``য়`` as one character or
  as ``য`` and the nukta): the nukta is removed and the one-character forms
  ``য় ড় ঢ়`` become ``য ড ঢ``, so that both spellings read alike;
* Devanagari: the nukta is removed and the letters with a nukta written as one
  character (``ज़ फ़ क़ ड़``) become the plain letter, so ``सज़ा`` and ``सजा`` are
  one word; the candrabindu becomes an anusvara (``माँग`` -> ``मांग``); the danda
  ``।`` (and ``॥``) becomes a full stop;
* Persian (``۰-۹``), Arabic-Indic (``٠-٩``), Bengali (``০-৯``) and Devanagari
  (``०-९``) digits become ASCII digits,
  the Arabic thousands mark ``٬`` becomes ``,`` and the decimal mark ``٫``
  becomes ``.``;
* typographic quotes become ASCII quotes, dashes a hyphen, exotic spaces a
  space, control characters a space, and ``İ`` becomes ``I`` so that lower-casing
  never changes the length of the text.

Rule patterns are passed through :func:`normalize` when they are compiled, so
a table may be written with either spelling and still match.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

__all__ = ["OffsetMap", "fold", "fold_accents", "normalize", "normalize_with_map"]


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    pairs = {
        "ي": "ی",
        "ى": "ی",
        "ئ": "ی",
        "ك": "ک",
        "ة": "ه",
        "ۀ": "ه",
        "ہ": "ه",
        "ھ": "ه",
        "ۃ": "ه",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
        "٬": ",",
        "٫": ".",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2039": '"',
        "\u203a": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u0130": "I",
        "\u09dc": "\u09a1",  # ড় -> ড (its nukta is removed below)
        "\u09dd": "\u09a2",  # ঢ় -> ঢ
        "\u09df": "\u09af",  # য় -> য
        "\u200c": " ",
        "\u00a0": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u3000": " ",
        "\u2028": "\n",
        "\u2029": "\n",
        "\r": "\n",
        "\u0958": "\u0915",  # क़ -> क
        "\u0959": "\u0916",  # ख़ -> ख
        "\u095a": "\u0917",  # ग़ -> ग
        "\u095b": "\u091c",  # ज़ -> ज
        "\u095c": "\u0921",  # ड़ -> ड
        "\u095d": "\u0922",  # ढ़ -> ढ
        "\u095e": "\u092b",  # फ़ -> फ
        "\u095f": "\u092f",  # य़ -> य
        "\u0929": "\u0928",  # ऩ -> न
        "\u0931": "\u0930",  # ऱ -> र
        "\u0934": "\u0933",  # ऴ -> ळ
        "\u0901": "\u0902",  # candrabindu -> anusvara
        "\u0964": ".",  # danda
        "\u0965": ".",  # double danda
    }
    for src, dst in pairs.items():
        table[ord(src)] = dst
    for i in range(10):
        table[0x06F0 + i] = str(i)
        table[0x0660 + i] = str(i)
        table[0x09E6 + i] = str(i)
        table[0x0966 + i] = str(i)
    removed = [
        0x0640,
        0x0670,
        0x093C,
        0x200B,
        0x200D,
        0x200E,
        0x200F,
        0xFEFF,
        0x00AD,
        0x2060,
        0x09BC,
    ]
    removed += list(range(0x064B, 0x0653))
    for code in removed:
        table[code] = None
    for code in range(0x20):
        if chr(code) not in "\n\t":
            table[code] = " "
    table[0x7F] = " "
    return table


_TABLE = _build_table()
# One scan for the characters to fold that occur, then one replace per such
# character: several times faster than ``str.translate`` with a dict on
# non-Latin text, which looks every character up.
_FOLDED = re.compile("[" + "".join(re.escape(chr(k)) for k in _TABLE) + "]")
_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f`]")
_REMOVED_CHARS = frozenset(chr(k) for k, v in _TABLE.items() if v is None)
_REMOVED = re.compile("[" + "".join(re.escape(c) for c in sorted(_REMOVED_CHARS)) + "]")


def _fold(text: str, present: set[str]) -> str:
    for char in present:
        text = text.replace(char, _TABLE[ord(char)] or "")
    return text


def normalize(text: str) -> str:
    """Fold spelling variants, digits, quotes and invisible marks (see module doc).

    ASCII text needs no folding except control characters, so it takes a
    cheaper path.
    """
    if text.isascii():
        return text.translate(_TABLE) if _ASCII_CONTROL.search(text) else text
    return _fold(text, set(_FOLDED.findall(text)))


_TRAILING = frozenset(chr(c) for c in [0x0640, 0x0670, 0x093C, 0x09BC, *range(0x064B, 0x0653)])


class OffsetMap:
    """Maps offsets of :func:`normalize`'d text back to the text as written.

    Every folding is one character for one, except the removed marks; so an
    offset moves right by the number of marks removed before it.  ``keys[k]``
    is the normalised offset at which the ``k``-th removed mark sat.
    """

    __slots__ = ("keys", "original")

    def __init__(self, original: str, keys: list[int]) -> None:
        self.original = original
        self.keys = keys

    def offset(self, pos: int) -> int:
        """Offset in the original of the character at normalised ``pos``."""
        return pos + bisect.bisect_right(self.keys, pos) if self.keys else pos

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of the normalised span ``[start, end)``."""
        if end <= start:
            at = self.offset(start)
            return at, at
        stop = self.offset(end - 1) + 1
        if self.keys:  # marks that sit on the last letter (harakat, tatweel, nukta) belong to it
            while stop < len(self.original) and self.original[stop] in _TRAILING:
                stop += 1
        return self.offset(start), stop

    def text(self, start: int, end: int) -> str:
        """The original text of a normalised span, with runs of white space made one space."""
        s, e = self.span(start, end)
        return " ".join(self.original[s:e].split())


def normalize_with_map(text: str) -> tuple[str, OffsetMap]:
    """:func:`normalize` and the map from its offsets back to ``text``."""
    if text.isascii():
        return normalize(text), OffsetMap(text, [])
    present = set(_FOLDED.findall(text))
    keys: list[int] = []
    if not _REMOVED_CHARS.isdisjoint(present):
        keys = [m.start() - k for k, m in enumerate(_REMOVED.finditer(text))]
    return _fold(text, present), OffsetMap(text, keys)


def fold(text: str) -> str:
    """Normalise and lower-case: the form used for comparisons in tests and eval."""
    return " ".join(normalize(text).lower().split())


def fold_accents(text: str) -> str:
    """:func:`fold`, and Latin accents dropped ("Président" -> "president")."""
    decomposed = unicodedata.normalize("NFKD", fold(text))
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )
