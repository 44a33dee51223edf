"""Fragments shared by several language tables."""

from __future__ import annotations

from .base import Rule

__all__ = ["NAME", "first_reading", "latin_issuer", "one_person"]

# A capitalised name token (Latin or Cyrillic), case-sensitive even when the
# surrounding pattern is not; plus the particles that sit inside Arabic,
# Persian, Iberian and Germanic names.
NAME = r"(?-i:[A-Z\u00c0-\u00de\u0400-\u042f][\w'.-]*)"
_PARTICLE = r"(?-i:bin|bint|ibn|al|Al|el|El|de|da|do|dos|del|van|von|der|ben|ould|Ould|bin)"
# a particle joined to the name by a hyphen: "al-Assad", "el-Sisi"
_PREFIX = r"(?-i:al|el|ad|as|ash|at|az|ar|an|ul|ud)-"


_ADJ = (
    r"(?:\s+(?-i:[a-zà-ÿ]+(?:ien|ienne|ain|aine|ais|aise|ois|oise|ano|ana|ino|ina|ês|esa|eño"
    r"|eña|í|ische|ischen|ische[rn]?)))?"
)


def latin_issuer(titles: str) -> str:
    """A title (case-insensitive), maybe a lower-case adjective, then up to six names."""
    first = rf"(?:,?\s+(?:{_PARTICLE}\s+)*(?:{_PREFIX})?{NAME})?"
    rest = rf"(?:\s+(?:{_PARTICLE}\s+)*(?:{_PREFIX})?{NAME}){{0,5}}"
    return rf"\b(?:{titles})\b{_ADJ}{first}{rest}"


def one_person(granting: str, descriptors: str, *, tokens: int = 1) -> str:
    """The granting words (case-insensitive), lower-case descriptors ("the writer",
    "his son"), then a name of ``tokens`` to four capitalised words, in the group
    ``name``; not a list of names ("X and Y") nor a possessive ("Myanmar's")."""
    word = rf"(?:{_PREFIX})?{NAME}"
    name = rf"{word}(?:\s+(?:{_PARTICLE}\s+)*{word}){{{tokens - 1},3}}"
    return (
        rf"(?i:{granting})\s+(?:(?i:{descriptors})(?:,?\s+|(?<=['’])))*(?P<name>{name})"
        # the whole name, and only one: not "John" of "John Smith and Jane Doe"
        rf"(?![\w'-])(?!\s+{word})(?!\s*(?:,|and|et|y|e|und|dan)\s+(?-i:[A-Z]))"
    )


def first_reading(code: str, words: str) -> Rule:
    """The block of a bill passed in a first reading only, still to be voted
    again: ``words`` (the language's "in the first reading") before or after a
    pardon term in the sentence."""
    cue = rf"\b{words}\b"
    return Rule(
        f"{code}.block.first_reading",
        rf"{cue}[^.;]{{0,120}}?\b<T>|\b<T>[^.;]{{0,160}}?{cue}",
        "bill_debated",
    )
