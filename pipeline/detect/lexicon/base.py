"""The shape of one language's tables: plain data, compiled by :mod:`..rules`.

Every pattern is a regular expression written against *normalised* text (see
:mod:`pipeline.detect.normalize`; patterns are normalised too when compiled)
and matched case-insensitively unless it opts out with ``(?-i:...)``.  Inside a
pattern, ``<NAME>`` is replaced by the fragment ``parts[NAME]`` of the same
table (``<NUM>`` is built from the number words), so a rule reads like the
construction it describes: ``<AUTH>[^.]{0,80}?\\bpardoned``.

Rule kinds
    announce rules: ``grant`` (completed or approving form), ``future`` (an
    announced decree in the future tense; fires only when the sentence also
    names an official source, ``official``), ``reference`` (a specific decree
    referred to by a reaction or commentary), ``effect`` (a reference that says what
    the decree does: "the amnesty, which covered..."), ``headline`` (title-only
    forms).  A ``grant`` match right after a ``future_aux`` ("will be", "seront",
    "будут": the grant form in the future tense, "will be released under an
    amnesty") counts as a ``future`` one.  A text whose only matches are
    ``reference`` ones is not a report of a granted decree (see :mod:`..core`).
    block and mask rules: the hard-negative kind they stand for (``call``,
    ``speculation``, ``refusal``, ``tax_amnesty``...).
    earlier rules: cues that a positive sentence is about an earlier decree; a
    rule whose id ends in ``.backshift`` (a past perfect) does not count after a
    ``reported`` speech verb ("said that he had pardoned"), and one whose id ends
    in ``.narrative`` (a step of a story: "a day later") not in a sentence that
    names a weekday or "yesterday" (this week's story).

One person
    ``one_person``: the granting words followed by one person's name (the
    group ``name``, in capitals): a decree of one named person counts one.

Count cue
    ``count_cue``: words right before a figure that make it the decree's count
    when no person noun follows ("put it at between 30,000 and 40,000").

Date cues
    ``reporting``: verbs whose date is that of a statement ("said on Monday");
    ``dated_event``: nouns that a date right before them names an event by
    ("the January 6 rioters", "the July 15 coup attempt"): not the decree's date;
    ``decree_noun`` and ``decree_date_link``: a date that qualifies the decree
    itself ("the 5 February decree", "the amnesty issued on 5 February").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["Lexicon", "NumberWords", "Rule"]


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern with a stable id; ``weight`` only matters for announce rules."""

    id: str
    pattern: str
    kind: str
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class NumberWords:
    """Number vocabulary of one language (see :mod:`pipeline.detect.numbers`)."""

    units: Mapping[str, int]
    scales: Mapping[str, int]
    vague: tuple[tuple[str, int, int], ...] = ()
    qualifiers: str = r"(?!x)x"
    joiners: str = r"(?!x)x"
    range_words: str = r"-|to"
    range_open: str = r"(?!x)x"
    range_and: str = r"(?!x)x"
    compound: bool = False
    # a letter written right after the digits for a scale: "10K prisoners" (10,000)
    digit_suffixes: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the detector knows about one language."""

    code: str
    gate: tuple[str, ...]
    parts: Mapping[str, str]
    term: str
    numbers: NumberWords
    announce: tuple[Rule, ...]
    block: tuple[Rule, ...] = ()
    mask: tuple[Rule, ...] = ()
    earlier: tuple[Rule, ...] = ()
    reported: str = r"(?!x)x"
    count_cue: str = r"(?!x)x"
    reporting: str = r"(?!x)x"
    decree_noun: str = r"(?!x)x"
    dated_event: str = r"(?!x)x"
    decree_date_link: str = r"(?!x)x"
    aggregate: str = r"(?!x)x"
    official: str = r"(?!x)x"
    future_aux: str = r"(?!x)x"
    essay: str = r"(?!x)x"
    people: str = r"(?!x)x"
    count_noise: str = r"(?!x)x"
    exclusion_cue: str = r"(?!x)x"
    issuer: str = r"(?!x)x"
    # a pardon of one person named right after the granting words ("pardoned Ross
    # Ulbricht", "a gracié l'écrivain Boualem Sansal"): the count is one; the
    # pattern is case-sensitive and gives the name as the group ``name``
    one_person: str = r"(?!x)x"
    weekdays: Mapping[str, int] = field(default_factory=dict)
    months: Mapping[str, int] = field(default_factory=dict)
    relative_days: Mapping[str, int] = field(default_factory=dict)
    occasions: tuple[tuple[str, str], ...] = ()
    conditions: tuple[tuple[str, str], ...] = ()
    exclusions: tuple[tuple[str, str], ...] = ()
    stopwords: tuple[str, ...] = ()
