"""Compiles the language tables once, and judges one sentence at a time.

A sentence is judged in three steps, each driven by the tables:

1. *masks* blank out the non-prison senses of the pardon words (tax or gun
   amnesties, Amnesty International, "pardon me", turkey pardons, essays on
   the pardon power); what remains is checked for a pardon word at all;
2. *announce* rules look for the announcement itself; ``future`` rules (and
   ``grant`` ones in the future tense, after ``future_aux``) count only when
   the sentence names an official source;
3. *block* rules (calls, petitions, speculation, refusals, courts...) cancel
   the announce matches whose span they overlap; a question cancels all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from .lexicon import LEXICONS
from .lexicon.base import Lexicon, Rule
from .matching import Matcher, MatcherSet
from .normalize import normalize
from .numbers import NumberReader

__all__ = [
    "CompiledLexicon",
    "CompiledRule",
    "Hit",
    "Matcher",
    "SentenceVerdict",
    "compiled",
    "judge",
]

_PLACEHOLDER = re.compile(r"<([A-Z_]+)>")
# a dot or a space grouping thousands ("8.000 Personen", "1 443 détenus"): clause
# patterns stop at a full stop ("[^.;]{0,60}"), so the rules see a comma there
_DIGIT_GROUP = re.compile(r"(?<=\d)[. ](?=\d{3}(?!\d))")


@dataclass(frozen=True, slots=True)
class CompiledRule:
    id: str
    kind: str
    weight: float
    regex: Matcher
    slot: int  # its place in the table's ``rule_set``


@dataclass(frozen=True, slots=True)
class Hit:
    rule: str
    kind: str
    weight: float
    start: int
    end: int


@dataclass(slots=True)
class SentenceVerdict:
    """What the rules found in one sentence (offsets relative to the sentence)."""

    index: int
    text: str
    lang: str
    is_title: bool
    positives: list[Hit] = field(default_factory=list)
    blocks: list[Hit] = field(default_factory=list)
    masks: list[Hit] = field(default_factory=list)
    earlier: bool = False
    score: float = 0.0

    @property
    def best(self) -> Hit | None:
        return max(self.positives, key=lambda h: h.weight) if self.positives else None


class CompiledLexicon:
    """One language's tables, compiled; built once, when first needed (``COMPILED``)."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.code = lex.code
        self.numbers = NumberReader(lex.numbers)
        self.parts = dict(lex.parts)
        self.parts["NUM"] = self.numbers.pattern
        self.parts.setdefault("T", lex.term)
        self.term = self.compile(lex.term)
        self._slots = 0
        self.announce = self._rules(lex.announce)
        self.block = self._rules(lex.block)
        self.mask = self._rules(lex.mask)
        self.earlier = self._rules(lex.earlier)
        # slots were handed out in this order
        every = self.announce + self.block + self.mask + self.earlier
        self.rule_set = MatcherSet([r.regex for r in every])
        self.reported = self.compile(lex.reported)
        self.count_cue = self.compile(rf"(?:{lex.count_cue})\s*$")
        self.reporting = self.compile(rf"(?:{lex.reporting})\s+(?:\w+\s+)?$")
        self.decree_after = self.compile(rf"\s*,?\s*(?:{lex.decree_noun})\b")
        self.dated_event = self.compile(rf"(?:st|nd|rd|th)?,?\s+(?:{lex.dated_event})\b")
        self.decree_before = self.compile(
            rf"\b(?:{lex.decree_noun})\s+(?:\w+\s+){{0,2}}?(?:{lex.decree_date_link})\s+$"
        )
        self.aggregate = self.compile(lex.aggregate)
        self.official = self.compile(lex.official)
        self.future_aux = self.compile(rf"(?:{lex.future_aux})\s*$")
        self.future_lead = self.compile(rf"(?:{lex.future_aux})")
        days = sorted({*lex.weekdays, *lex.relative_days}, key=len, reverse=True)
        self.fresh_day = self.compile(
            r"\b(?:" + "|".join(re.escape(d) for d in days) + r")\b" if days else r"(?!x)x"
        )
        self.essay = self.compile(lex.essay)
        self.people = self.compile(lex.people)
        self.people_near = self.compile(r'^\s*"?\s*(?:\S+\s+){0,3}?(?:' + lex.people + ")")
        self.count_noise = self.compile(lex.count_noise)
        self.exclusion_cue = self.compile(lex.exclusion_cue)
        self.issuer = self.compile(lex.issuer)
        self.one_person = re.compile(normalize(lex.one_person))
        self.calendar_words = frozenset({*lex.weekdays, *lex.months})
        specific = [(p, k) for p, k in lex.occasions if k != "other"]
        other = [(p, k) for p, k in lex.occasions if k == "other"]
        # one alternation of the named occasions, for the short windows before a
        # date; sentences are searched pattern by pattern (see find_occasion)
        self.occasion_any = self.compile(
            "|".join(f"(?P<o{i}>{p})" for i, (p, _) in enumerate(specific)) or r"(?!x)x"
        )
        self.occasion_named = [(self.compile(p), key) for p, key in specific]
        self.occasion_set = MatcherSet([m for m, _ in self.occasion_named])
        self.occasion_other = self.compile("|".join(p for p, _ in other) or r"(?!x)x")
        self.conditions = [(self.compile(p), text) for p, text in lex.conditions]
        self.conditions_any = self.compile(
            "|".join(f"(?:{p})" for p, _ in lex.conditions) or r"(?!x)x"
        )
        self.exclusions = [(self.compile(p), text) for p, text in lex.exclusions]
        self.exclusion_set = MatcherSet([m for m, _ in self.exclusions])

    def expand(self, pattern: str) -> str:
        def sub(m: re.Match[str]) -> str:
            name = m.group(1)
            if name not in self.parts:
                return m.group(0)
            return f"(?:{self.parts[name]})"

        for _ in range(3):
            pattern = _PLACEHOLDER.sub(sub, pattern)
        return normalize(pattern)

    def compile(self, pattern: str) -> Matcher:
        return Matcher(self.expand(pattern))

    def _rules(self, rules: tuple[Rule, ...]) -> list[CompiledRule]:
        out: list[CompiledRule] = []
        for r in rules:
            out.append(CompiledRule(r.id, r.kind, r.weight, self.compile(r.pattern), self._slots))
            self._slots += 1
        return out


class _Compiled(Mapping[str, CompiledLexicon]):
    """Every language's tables, each compiled when first asked for.

    A worker process that reads English pages compiles the English tables
    only (the eleven languages together take a second or two to compile).
    """

    def __init__(self, lexicons: Mapping[str, Lexicon]) -> None:
        self._lexicons = lexicons
        self._done: dict[str, CompiledLexicon] = {}

    def __getitem__(self, code: str) -> CompiledLexicon:
        found = self._done.get(code)
        if found is None:
            found = self._done[code] = CompiledLexicon(self._lexicons[code])
        return found

    def __contains__(self, code: object) -> bool:
        return code in self._lexicons

    def __iter__(self) -> Iterator[str]:
        return iter(self._lexicons)

    def __len__(self) -> int:
        return len(self._lexicons)


COMPILED: Mapping[str, CompiledLexicon] = _Compiled(LEXICONS)


def compiled(code: str) -> CompiledLexicon:
    return COMPILED[code]


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts.append(text[last:start])
        parts.append(" " * (end - start))
        last = end
    parts.append(text[last:])
    return "".join(parts)


def _apply_masks(
    text: str, lowered: str | None, lex: CompiledLexicon, ok: list[bool], hits: list[Hit]
) -> tuple[str, str | None]:
    """Blank out the spans of every mask rule, in the text and its lower-cased form."""
    for rule in lex.mask:
        if not ok[rule.slot]:
            continue
        spans = [
            (m.start(), m.end())
            for m in rule.regex.finditer(text, lowered=lowered, checked=True)
            if m.end() > m.start()
        ]
        if not spans:
            continue
        hits.extend(Hit(rule.id, rule.kind, 0.0, start, end) for start, end in spans)
        text = _blank(text, spans)
        lowered = None if lowered is None else _blank(lowered, spans)
    return text, lowered


def judge(
    index: int, text: str, lex: CompiledLexicon, *, is_title: bool = False
) -> SentenceVerdict:
    """Apply masks, announce and block rules of one language to one sentence.

    The sentence is lower-cased once for every rule (see :class:`Matcher`),
    and one pass of the table's :class:`MatcherSet` tells which rules may
    match at all; only those run.
    """
    verdict = SentenceVerdict(index=index, text=text, lang=lex.code, is_title=is_title)
    folded = text.lower()
    lowered: str | None = folded
    if len(folded) != len(text):
        lowered = None  # offsets would not hold: each rule matches case-insensitively
    if not lex.term.search(text, lowered=lowered):
        return verdict
    ok = lex.rule_set.possible(text, folded)
    masked, low = _apply_masks(text, lowered, lex, ok, verdict.masks)
    if any(c.isdigit() for c in masked):
        masked = _DIGIT_GROUP.sub(",", masked)
        low = None if low is None else _DIGIT_GROUP.sub(",", low)
    if verdict.masks:
        if not lex.term.search(masked, lowered=low):
            return verdict
        ok = lex.rule_set.possible(masked, masked.lower() if low is None else low)
    for rule in lex.block:
        if not ok[rule.slot]:
            continue
        for m in rule.regex.finditer(masked, lowered=low, checked=True):
            verdict.blocks.append(Hit(rule.id, rule.kind, 0.0, m.start(), m.end()))
    if masked.rstrip(" \"'").endswith(("?", "؟")):
        verdict.blocks.append(Hit(f"{lex.code}.block.question", "question", 0.0, 0, len(text)))
    official: bool | None = None
    for rule in lex.announce:
        if (rule.kind == "headline" and not is_title) or not ok[rule.slot]:
            continue
        for m in rule.regex.finditer(masked, lowered=low, checked=True):
            kind = rule.kind
            before = masked[max(0, m.start() - 40) : m.start()]
            if kind == "grant" and (
                lex.future_aux.search(before) or lex.future_lead.match(masked, m.start())
            ):
                kind = "future"  # "will be released under an amnesty": not granted yet
            if kind == "future":
                if official is None:
                    official = bool(lex.official.search(masked, lowered=low))
                if not official:
                    continue
            start, end = m.start(), m.end()
            if any(b.start < end and b.end > start for b in verdict.blocks):
                continue
            verdict.positives.append(Hit(rule.id, kind, rule.weight, start, end))
    if verdict.positives:
        verdict.score = max(h.weight for h in verdict.positives)
        if is_title:
            verdict.score *= 0.85
        verdict.earlier = _is_earlier(masked, verdict, lex, low, ok)
    return verdict


def _is_earlier(
    text: str, verdict: SentenceVerdict, lex: CompiledLexicon, lowered: str | None, ok: list[bool]
) -> bool:
    """An earlier decree mentioned in passing: a cue governs every positive match."""
    speech: list[int] | None = None
    fresh: bool | None = None
    cues: list[re.Match[str]] = []
    for rule in lex.earlier:
        if not ok[rule.slot]:
            continue
        if rule.id.endswith(".narrative"):
            # "sentenced on Sunday, he was pardoned a day later" is this week's news
            if fresh is None:
                fresh = lex.fresh_day.search(text, lowered=lowered) is not None
            if fresh:
                continue
        for m in rule.regex.finditer(text, lowered=lowered, checked=True):
            if rule.id.endswith(".backshift"):  # "said that he had pardoned" is reported speech
                if speech is None:
                    speech = [r.end() for r in lex.reported.finditer(text, lowered=lowered)]
                if any(end <= m.start() for end in speech):
                    continue
            cues.append(m)
    if not cues:
        return False
    for hit in verdict.positives:
        governed = False
        for cue in cues:
            before = cue.start() < hit.end and hit.start - cue.end() <= 100
            gap = text[hit.end : cue.start()]
            after = 0 <= cue.start() - hit.end <= 50 and not re.search(r"[,،;]|\bup from\b", gap)
            if before or after:
                governed = True
                break
        if not governed:
            return False
    return True
