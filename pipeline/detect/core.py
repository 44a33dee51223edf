"""``detect()``: the verdict and the fields of one article.

Stages, each bounded: normalise the first ``MAX_SCAN`` characters; the
Aho-Corasick gate rejects texts without a pardon word; sentences (of the
first ``MAX_ANALYSE`` characters) holding a gate word are judged by the rules
of the article's language and of every language whose gate words occurred;
sentences that only mention an earlier decree ("it comes after he pardoned
878 in January", a date weeks before publication, a year two or more years
back) are set aside; the rest are grouped into decrees by the country of the
authority they name, and each decree's fields are read from its sentences.

Earlier decrees are never reported as decrees of their own (they would feed
stale, half-dated claims into the event store); their sentences show up in
``rules`` as ``<lang>.earlier``.

``confidence`` is the estimated probability that the article reports a
granted decree: ``1 - prod(1 - s)`` over the scores ``s`` of its deciding
sentences (halved for essay-like texts); the verdict is positive from 0.5.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from pipeline.models import Decree, Detection

from .countries import (
    CountryMention,
    authority_countries,
    country_mentions,
    majority,
    name_of,
)
from .fields import (
    DATE_READERS,
    Evidence,
    read_conditions,
    read_count,
    read_date,
    read_issuer,
    read_occasion,
)
from .gate import passes, scan
from .langid import detect_language, normalize_hint
from .normalize import normalize
from .rules import COMPILED, SentenceVerdict, judge
from .sentences import split_sentences

__all__ = ["MAX_ANALYSE", "MAX_SCAN", "THRESHOLD", "detect"]

MAX_SCAN = 200_000
MAX_ANALYSE = 40_000
THRESHOLD = 0.5
_MAX_SENTENCES_JUDGED = 80
_MAX_EVIDENCE_SENTENCES = 12
_MAX_HITS_PER_SENTENCE = 4
_YEAR_NEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# Last resort when no country is named at all: languages whose pardon news is
# overwhelmingly about one country's decrees.
LANGUAGE_COUNTRY = {"id": "ID", "fa": "IR"}
_REVOLUTION = re.compile(
    r"revolution|révolution|revolución|revolução|revolution|انقلاب|الثوره", re.I
)


@dataclass(slots=True)
class _Group:
    code: str | None
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def strength(self) -> float:
        return max((ev.hit.weight for ev in self.evidence), default=0.0)


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes | bytearray):
        return bytes(value[: MAX_SCAN * 4]).decode("utf-8", errors="replace")
    return value if isinstance(value, str) else str(value)


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()
        except ValueError:
            try:
                from dateutil import parser

                return parser.parse(value).date()
            except (ValueError, OverflowError):
                return None
    return None


def detect(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: datetime | date | None = None,
    lang: str | None = None,
) -> Detection:
    """Decide whether ``text`` reports a granted pardon or amnesty, and read its fields.

    Never raises: any input (empty, binary, huge, unpunctuated) gets a verdict.
    ``url`` is accepted for the record and not used by the rules.
    """
    try:
        return _detect(_as_text(text), _as_text(title), _as_date(published), lang)
    except Exception as exc:  # the contract is a verdict for any input; the error is named
        return Detection(
            False, 0.0, language=normalize_hint(lang), rules=(f"error.{type(exc).__name__}",)
        )


def _detect(body: str, head: str, published: date | None, lang: str | None) -> Detection:
    head = head[:1000].strip()
    raw = f"{head}\n\n{body[:MAX_SCAN]}" if head else body[:MAX_SCAN]
    hint = normalize_hint(lang)
    if not passes(raw.lower()):
        return Detection(False, 0.0, language=hint)
    norm = normalize(raw[: MAX_ANALYSE + 2000])[:MAX_ANALYSE]
    positions, gate_langs = scan(norm.lower())
    if not positions:
        return Detection(False, 0.0, language=hint)
    language = hint if hint in COMPILED else detect_language(norm)
    rule_langs = [language] if language in COMPILED else []
    rule_langs += [code for code in sorted(gate_langs) if code not in rule_langs][:3]
    if not rule_langs:
        rule_langs = ["en"]
    spans = split_sentences(norm, sorted(p for p in positions if p < len(norm)))
    starts = [s for s, _ in spans]
    title_end = len(head) if head else -1
    candidates = sorted(
        {bisect.bisect_right(starts, p - 1) - 1 for p in positions if p <= len(norm)}
    )[:_MAX_SENTENCES_JUDGED]
    verdicts: dict[int, SentenceVerdict] = {}
    fired: set[str] = set()
    for idx in candidates:
        if idx < 0:
            continue
        s, e = spans[idx]
        best: SentenceVerdict | None = None
        for code in rule_langs:
            v = judge(idx, norm[s:e], COMPILED[code], is_title=s < title_end)
            fired.update(h.rule for h in v.blocks + v.masks)
            if best is None or v.score > best.score:
                best = v
        if best is not None:
            verdicts[idx] = best
    essay_factor = _essay_factor(" ".join(v.text for v in verdicts.values()), rule_langs, fired)
    positives: list[SentenceVerdict] = []
    for v in verdicts.values():
        if not v.positives:
            continue
        if not v.earlier:
            v.earlier = _temporally_earlier(v, published)
        if v.earlier:
            fired.add(f"{v.lang}.earlier")
            continue
        fired.update(h.rule for h in v.positives)
        v.score *= essay_factor
        positives.append(v)
    miss = 1.0
    for v in positives:
        miss *= 1.0 - min(v.score, 0.99)
    confidence = 1.0 - miss
    language_out = hint or language
    if confidence < THRESHOLD:
        return Detection(False, confidence, language=language_out, rules=tuple(sorted(fired)))
    positives.sort(key=lambda v: v.index)
    decrees = _decrees(
        positives[:_MAX_EVIDENCE_SENTENCES], spans, norm, title_end, published, language
    )
    evidence = tuple(dict.fromkeys(e for d in decrees for e in d.evidence))[:4]
    return Detection(
        True,
        confidence,
        language=language_out,
        rules=tuple(sorted(fired)),
        decrees=tuple(decrees),
        evidence=evidence,
    )


def _essay_factor(norm: str, rule_langs: list[str], fired: set[str]) -> float:
    found: set[str] = set()
    for code in rule_langs:
        found.update(m.group(0).lower() for m in COMPILED[code].essay.finditer(norm))
    if len(found) >= 3:
        fired.add("doc.essay")
        return 0.5
    return 1.0


def _temporally_earlier(v: SentenceVerdict, published: date | None) -> bool:
    """A positive sentence dated weeks before publication, or years back, is background."""
    if published is None:
        return False
    hit = v.best
    if hit is None:
        return False
    mentions = DATE_READERS[v.lang].find(v.text, published)
    if mentions:
        nearest = min(mentions, key=lambda m: abs(m.start - hit.start))
        if abs(nearest.start - hit.start) <= 120:
            return nearest.date < published - timedelta(days=25)
    for m in _YEAR_NEAR.finditer(v.text):
        if abs(m.start() - hit.start) <= 80 and int(m.group(1)) <= published.year - 2:
            return True
    return False


def _evidence(positives: list[SentenceVerdict]) -> list[Evidence]:
    out: list[Evidence] = []
    for v in positives:
        kept: list[tuple[int, int]] = []
        for hit in sorted(v.positives, key=lambda h: -h.weight):
            if len(kept) >= _MAX_HITS_PER_SENTENCE:
                break
            if any(s < hit.end and hit.start < e for s, e in kept):
                continue
            kept.append((hit.start, hit.end))
            out.append(Evidence(v, hit))
    out.sort(key=lambda ev: (ev.verdict.index, ev.hit.start))
    return out


def _group(evidence: list[Evidence]) -> list[_Group]:
    groups: list[_Group] = []
    pending: list[Evidence] = []
    current: _Group | None = None
    cache: dict[int, list[CountryMention]] = {}
    for ev in evidence:
        if ev.verdict.index not in cache:
            cache[ev.verdict.index] = authority_countries(ev.verdict.text)
        auths = cache[ev.verdict.index]
        code: str | None = None
        if auths:
            codes = {a.code for a in auths}
            if len(codes) == 1:
                code = auths[0].code
            else:
                before = [a for a in auths if a.start <= ev.hit.start]
                code = (before[-1] if before else auths[0]).code
        if code is None:
            if current is None:
                pending.append(ev)
            else:
                current.evidence.append(ev)
            continue
        current = next((g for g in groups if g.code == code), None)
        if current is None:
            current = _Group(code)
            groups.append(current)
        current.evidence.append(ev)
    if not groups:
        return [_Group(None, pending)]
    groups[0].evidence[:0] = pending
    strong = [g for g in groups if g.strength >= 0.55] or groups[:1]
    for g in groups:
        if g not in strong:
            strong[0].evidence.extend(g.evidence)
    for g in strong:
        g.evidence.sort(key=lambda ev: (ev.verdict.index, ev.hit.start))
    strong.sort(key=lambda g: (g.evidence[0].verdict.index, g.evidence[0].hit.start))
    return strong


def _decrees(
    positives: list[SentenceVerdict],
    spans: list[tuple[int, int]],
    norm: str,
    title_end: int,
    published: date | None,
    language: str | None,
) -> list[Decree]:
    groups = _group(_evidence(positives))
    lang = positives[0].lang if language not in COMPILED else str(language)

    def sentence(idx: int) -> SentenceVerdict:
        s, e = spans[idx]
        return SentenceVerdict(index=idx, text=norm[s:e], lang=lang, is_title=s < title_end)

    title = [sentence(0)] if title_end > 0 and spans else []
    firsts = [g.evidence[0].verdict.index for g in groups]
    out: list[Decree] = []
    earlier = {v.index for v in positives if v.earlier}
    for gi, g in enumerate(groups):
        evidence = g.evidence
        indexes = sorted({ev.verdict.index for ev in evidence})
        near = sorted({i + d for i in indexes[:2] for d in (1, -1, 2)} - set(indexes) - earlier)
        stop = firsts[gi + 1] if gi + 1 < len(firsts) else len(spans)
        segment = [sentence(i) for i in range(firsts[gi], min(stop, firsts[gi] + 15))]
        term = COMPILED[lang].term
        neighbours = [sentence(i) for i in near if 0 <= i < len(spans)] + title
        neighbours += [
            s
            for s in segment
            if s.index not in near and s.index not in earlier and term.search(s.text)
        ][:8]
        following = {
            i: [norm[spans[j][0] : spans[j][1]] for j in (i + 1, i - 1) if 0 <= j < len(spans)]
            for i in indexes
        }
        quantity = read_count(evidence, published, following)
        fresh = any(ev.hit.kind in ("grant", "future", "headline") for ev in evidence)
        occasion = read_occasion(evidence, neighbours)
        window = {i + d for i in indexes for d in range(-3, 4)}
        conditions, exclusions = read_conditions([s for s in segment if not s.is_title], window)
        issuer = read_issuer(evidence, title)
        code = (
            g.code
            or _country_from(issuer, evidence, title)
            or majority(country_mentions(norm))
            or LANGUAGE_COUNTRY.get(lang)
        )
        key = occasion[0] if occasion else None
        if key == "national_day" and code == "IR" and occasion and _REVOLUTION.search(occasion[1]):
            key = "islamic_revolution_anniversary"
        out.append(
            Decree(
                country=name_of(code),
                country_code=code,
                issuer=issuer,
                count=quantity.value if quantity else None,
                count_text=quantity.text if quantity else None,
                count_low=quantity.low if quantity else None,
                count_high=quantity.high if quantity else None,
                announced_on=read_date(evidence, published, fresh=fresh),
                occasion=key,
                occasion_text=occasion[1] if occasion else None,
                conditions=conditions,
                exclusions=exclusions,
                evidence=tuple(
                    dict.fromkeys(" ".join(ev.verdict.text.split())[:400] for ev in evidence)
                )[:3],
            )
        )
    return out


def _country_from(
    issuer: str | None, evidence: list[Evidence], title: list[SentenceVerdict]
) -> str | None:
    if issuer:
        found = country_mentions(issuer)
        if found:
            return found[0].code
    for v in title:
        auths = authority_countries(v.text)
        if auths:
            return auths[0].code
    mentions = [m for ev in evidence for m in country_mentions(ev.verdict.text)]
    return majority(mentions)
