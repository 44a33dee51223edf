"""Field readers: count, date, occasion, issuer, conditions and exclusions.

Each reader looks at the sentences that decided a decree (its *evidence*),
nearest first, so that unrelated figures and dates elsewhere in the article
(prison population, arrests, temporary releases, earlier decrees) are not
taken.  A figure is taken only when a person noun follows it closely or it
sits right by the granting words; figures in sentences about totals ("this
year", "so far") are skipped.  A decree date comes from the evidence; when
the evidence states none and the article reports the grant itself (not only
a reaction to it), the publication date stands in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .countries import country_mentions
from .dates import DateMention, DateReader
from .lexicon import LEXICONS
from .numbers import Quantity
from .occasions import find_occasion
from .rules import CompiledLexicon, Hit, SentenceVerdict, compiled

__all__ = ["Evidence", "read_conditions", "read_count", "read_date", "read_issuer", "read_occasion"]

DATE_READERS: dict[str, DateReader] = {code: DateReader(lex) for code, lex in LEXICONS.items()}

_UNIT_AFTER = re.compile(
    r"^\s*-?\s*(?:years?|year-old|months?|days?|hours?|weeks?|%|percent|per cent|dollars|euros"
    r"|rials|tomans|dirhams|riyals|dinars|pounds|billion|km|kilomet\w+|ans?\b|années|años?"
    r"|anos?|jahre\w*|monate\w*|سال|ماه|روز|ریال|تومان|سنه|سنوات|عاما|اعوام|شهر|اشهر|درهم|ریالا"
    r"|دینار|лет|года?|месяц\w*|yıl|ay\b|tahun|bulan|hari|\$)",
    re.IGNORECASE,
)
_UNIT_BEFORE = re.compile(
    r"(?:article|art\.|no\.|number|\$|€|£|aged|age|ages|ماده|الماده|اصل|статья|madde|pasal"
    r"|artículo|artigo|artikel|paragraph)\s*$",
    re.IGNORECASE,
)
_INCLUDING = re.compile(
    r"(?:including|among them|of whom|of them|dont|incluidos|incluyendo|entre ellos|darunter"
    r"|بینهم|منهم|من بینهم|از جمله|شامل|в том числе|termasuk|aralarında)\s*$",
    re.IGNORECASE,
)
_OF = re.compile(r"^\s*(?:of|out of|من|از|de|sur|von|из)\s+(?:the\s+|les\s+|los\s+)?$", re.I)
_YEAR = re.compile(r"(?:1[3-4]|19|20)\d\d")
_NAME_STOP = re.compile(
    r"^(?:on|in|has|had|was|is|said|says|the|of|and|to|for|a|an|pardons?|pardoned|grants?|granted"
    r"|frees|freed|orders?|ordered|issues?|issued|approves?|approved|agrees?|agreed|signs?|signed"
    r"|commutes?|commuted|amnesty|amnesties|clemency|decree|le|la|el|les|los|der|die|das|al|bin)$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Evidence:
    """One announce match in one sentence, with the sentence's place in the text."""

    verdict: SentenceVerdict
    hit: Hit

    @property
    def lex(self) -> CompiledLexicon:
        return compiled(self.verdict.lang)


def _distance(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    if a_end <= b_start:
        return b_start - a_end
    if b_end <= a_start:
        return a_start - b_end
    return 0


def _score_quantities(
    ev: Evidence, text: str, published: date | None, rank: int, *, strict: bool
) -> list[tuple[float, Quantity]]:
    lex = ev.lex
    totals = [(m.start(), m.end()) for m in lex.aggregate.finditer(text)]
    dates = DATE_READERS[lex.code].find(text, published)
    out: list[tuple[float, Quantity]] = []
    found = lex.numbers.find(text)
    for qi, q in enumerate(found):
        if any(d.start < q.end and q.start < d.end for d in dates):
            continue
        if any(_distance(s, e, q.start, q.end) <= 40 for s, e in totals):
            continue
        after = text[q.end : q.end + 60]
        before = text[max(0, q.start - 40) : q.start]
        if _UNIT_AFTER.match(after) or _UNIT_BEFORE.search(before):
            continue
        people = lex.people.match(after.lstrip(" \"'")) or re.match(
            rf"^\s*\"?\s*(?:\S+\s+){{0,3}}?(?:{lex.people.pattern})", after, re.IGNORECASE
        )
        nxt = found[qi + 1] if qi + 1 < len(found) else None
        if (
            people
            and nxt
            and nxt.start < q.end + people.end()
            and not _OF.match(text[q.end : nxt.start])
        ):
            people = None  # the noun belongs to the next figure ("eine Amnestie für Tausende")
        if q.kind == "exact" and not people and (q.value or 0) < 10:
            continue
        if q.kind == "exact" and _YEAR.fullmatch(q.text.strip()) and not people:
            continue
        if strict and not people:
            continue
        dist = 0 if strict else _distance(q.start, q.end, ev.hit.start, ev.hit.end)
        if not people and dist > 30:
            continue
        score = (3.0 if people else 0.0) + max(0.0, 2.0 - dist / 60) + ev.hit.weight
        score += 0.5 if q.kind in ("exact", "range") else 0.0
        score -= 0.25 * rank
        if q.kind == "exact" and q.text.strip() != str(q.value) and not q.text[:1].isdigit():
            score -= 0.3  # "more than 3,300": an unqualified figure elsewhere is better
        if ev.verdict.is_title:
            score -= 0.3
        if lex.count_noise.search(before[-35:]) or lex.count_noise.search(after[:25]):
            score -= 4.0
        if _INCLUDING.search(before[-20:]):
            score -= 2.0
        if score >= 2.0:
            out.append((score, q))
    return out


def read_count(
    evidence: list[Evidence],
    published: date | None,
    following: dict[int, list[str]] | None = None,
) -> Quantity | None:
    """The figure of people pardoned, from the evidence sentences.

    When the evidence states none, the sentences right before and after an
    evidence sentence (``following``: index -> texts) may give it, if a person
    noun follows the figure.
    """
    best: tuple[float, Quantity] | None = None
    for rank, ev in enumerate(evidence):
        for score, q in _score_quantities(ev, ev.verdict.text, published, rank, strict=False):
            if best is None or score > best[0]:
                best = (score, q)
    if best is None and following:
        for rank, ev in enumerate(evidence):
            for text in following.get(ev.verdict.index, []):
                for score, q in _score_quantities(ev, text, published, rank, strict=True):
                    if best is None or score > best[0]:
                        best = (score, q)
    return best[1] if best else None


def _plausible(mention: DateMention, published: date | None) -> bool:
    if published is None:
        return True
    return published - timedelta(days=90) <= mention.date <= published + timedelta(days=1)


def read_date(evidence: list[Evidence], published: date | None, *, fresh: bool) -> date | None:
    """Date of the decree: nearest plausible date in the evidence, else publication."""
    for ev in evidence:
        text, lex = ev.verdict.text, ev.lex
        found = DATE_READERS[lex.code].find(text, published)
        if not found:
            continue
        occasions = [(m.start(), m.end()) for m in lex.occasion_any.finditer(text)]
        candidates = []
        for mention in found:
            if any(s <= mention.start and mention.start - e <= 8 for s, e in occasions):
                continue
            if not _plausible(mention, published):
                continue
            dist = _distance(mention.start, mention.end, ev.hit.start, ev.hit.end)
            candidates.append((dist, mention))
        if candidates:
            return min(candidates, key=lambda c: c[0])[1].date
    return published if fresh else None


def read_occasion(
    evidence: list[Evidence], neighbours: list[SentenceVerdict]
) -> tuple[str, str] | None:
    """Occasion key and text: evidence sentences first, then their neighbours.

    A named occasion anywhere in those sentences beats a generic one (``other``).
    """
    verdicts = [ev.verdict for ev in evidence] + neighbours
    for verdict in verdicts:
        lex = compiled(verdict.lang)
        found = find_occasion(verdict.text, lex.occasion_any, lex.occasion_keys)
        if found:
            return found[0], found[1]
    for verdict in verdicts:
        m = compiled(verdict.lang).occasion_other.search(verdict.text)
        if m:
            return "other", m.group(0).strip()
    return None


def _clean_issuer(text: str) -> str:
    tokens = text.replace(",", " ").split()
    while len(tokens) > 1 and _NAME_STOP.match(tokens[-1].strip(",.'\"")):
        tokens.pop()
    return " ".join(tokens).strip(" ,.'\"")


def _named(text: str) -> bool:
    """Whether an issuer phrase carries a ruler's name, not only a title."""
    if any(m.leader for m in country_mentions(text)):
        return True
    return len(text.split()) >= 3


def read_issuer(evidence: list[Evidence], extra: list[SentenceVerdict]) -> str | None:
    """The issuer as written: the title and name nearest before the granting words.

    A phrase with a name ("King Mohammed VI") beats a bare title ("the king").
    """
    candidates: list[tuple[int, int, str]] = []
    for order, ev in enumerate(evidence):
        for m in ev.lex.issuer.finditer(ev.verdict.text):
            before = m.start() <= ev.hit.start
            dist = _distance(m.start(), m.end(), ev.hit.start, ev.hit.end)
            candidates.append((order * 1000 + (0 if before else 500) + dist, m.end(), m.group(0)))
    for order, verdict in enumerate(extra):
        for m in compiled(verdict.lang).issuer.finditer(verdict.text):
            candidates.append((100_000 + order, m.end(), m.group(0)))
    cleaned = [(rank, _clean_issuer(text)) for rank, _, text in candidates]
    cleaned = [(rank, text) for rank, text in cleaned if text]
    if not cleaned:
        return None
    cleaned.sort(key=lambda c: (not _named(c[1]), c[0]))
    return cleaned[0][1]


def _number_words(raw: str | None, lex: CompiledLexicon) -> str | None:
    if not raw:
        return None
    value = lex.numbers.read_figure(raw)
    if value is None:
        return None
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    return words[value] if 0 <= value <= 10 else str(value)


def read_conditions(
    segment: list[SentenceVerdict], near: set[int]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Conditions and exclusions (canonical English phrases) stated in a decree's segment.

    Only sentences that name the pardon (or sit next to its evidence, ``near``)
    are read, so that crimes listed elsewhere in the article are not taken.
    """
    conditions: list[str] = []
    exclusions: list[str] = []
    for verdict in segment:
        lex = compiled(verdict.lang)
        text = verdict.text
        if verdict.index not in near and not lex.term.search(text):
            continue
        for regex, phrase in lex.conditions:
            m = regex.search(text)
            if m is None:
                continue
            if "{n}" in phrase:
                groups = m.groupdict()
                n = _number_words(groups.get("n") or groups.get("n2"), lex)
                if n is None:
                    continue
                phrase = phrase.replace("{n}", n)
            if phrase not in conditions:
                conditions.append(phrase)
        if not lex.exclusion_cue.search(text):
            continue
        used: list[tuple[int, int]] = []
        for regex, phrase in lex.exclusions:
            for m in regex.finditer(text):
                if any(s < m.end() and m.start() < e for s, e in used):
                    continue
                used.append((m.start(), m.end()))
                if phrase not in exclusions:
                    exclusions.append(phrase)
    return tuple(conditions), tuple(exclusions)
