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
A text whose only matches are ``reference`` ones ("the amnesty law", "the
royal pardon", never said to be granted, passed or coming) stays below it.
When the article's language blocks a sentence (a refusal, a call...), the
rules of a kindred language whose gate words it shares may not overrule it.
An article that says its measure still awaits a step (a ``pending`` block: sent
to parliament, put to the president for approval) counts none of its future or
headline forms ("to free 17,000", "will release 17,000").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
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
from .counts import read_lead_count, sum_across
from .dates import DateMention
from .evidence import distance
from .fields import (
    CAPTION,
    DATE_READERS,
    Evidence,
    read_conditions,
    read_count,
    read_date,
    read_issuer,
    read_occasion,
    refine_count,
    rounded,
    sum_parts,
)
from .gate import hits
from .langid import ARABIC_SCRIPT, arabic_script_language, detect_language, normalize_hint
from .normalize import OffsetMap, normalize, normalize_with_map
from .numbers import Quantity
from .occasions import eid_on, local_key
from .rulers import (
    LEGISLATURES,
    SOLE_PARDONER,
    canonical_issuer,
    collective_body,
    holder,
    names_ruler,
    office_by_adjective,
    office_of,
    ruler_country,
    ruler_named,
    settled,
)
from .rules import COMPILED, SentenceVerdict, judge
from .sentences import split_sentences

__all__ = ["MAX_ANALYSE", "MAX_SCAN", "THRESHOLD", "SentenceTrace", "detect", "detect_traced"]

MAX_SCAN = 200_000
MAX_ANALYSE = 40_000
THRESHOLD = 0.5
_MAX_SENTENCES_JUDGED = 80
_MAX_EVIDENCE_SENTENCES = 12
_MAX_HITS_PER_SENTENCE = 4
# the rule kinds that say a decree was (or is being) granted, and those that say
# what a decree did; a text with only ``reference`` matches stays below the threshold
_FRESH = frozenset({"grant", "future", "headline"})
_DECIDING = _FRESH | {"effect"}
_REFERENCE_ONLY = 0.45
# what an article that says its measure still awaits a step cannot count
_PENDING_FORMS = frozenset({"future", "headline"})
# a year: 1900-2099 as is; earlier ones only after "in", "since"... (a bare
# "1500" near a pardon word is a count, not a year)
_YEAR_NEAR = re.compile(
    # (a Saka year, as Indonesia's Nyepi is named, is not one of ours)
    r"(?<!\d)(?<!saka )(?<!Saka )((?:19|20)\d\d)(?!\d)"
    r"|\b(?:in|since|from|of|during|until|by)\s+(1[0-8]\d\d)(?![\d,.]\d)"
)
_JALALI_YEAR = re.compile(r"(?<!\w)سال\s+(1[34]\d\d)(?!\d)")
# Last resort when no country is named at all: languages whose pardon news is
# overwhelmingly about one country's decrees.
LANGUAGE_COUNTRY = {"id": "ID", "fa": "IR", "vi": "VN", "bn": "BD"}


@dataclass(slots=True)
class _Group:
    code: str | None
    evidence: list[Evidence] = field(default_factory=list)

    @property
    def strength(self) -> float:
        return max((ev.hit.weight for ev in self.evidence), default=0.0)


@dataclass(frozen=True, slots=True)
class _Text:
    """The normalised text, its sentences, and the way back to the text as written."""

    norm: str
    offsets: OffsetMap
    spans: list[tuple[int, int]]
    title_end: int

    def original(self, index: int, start: int = 0, end: int | None = None) -> str:
        """Sentence ``index`` (or the span ``[start, end)`` of it) as written."""
        s, e = self.spans[index]
        return self.offsets.text(s + start, s + (e - s if end is None else end))


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
    return _guarded(text, title, published, lang, None)


def detect_traced(
    text: str,
    *,
    title: str | None = None,
    published: datetime | date | None = None,
    lang: str | None = None,
) -> tuple[Detection, list[SentenceTrace]]:
    """:func:`detect`, plus what the rules made of every sentence they judged."""
    trace: list[SentenceTrace] = []
    return _guarded(text, title, published, lang, trace), trace


def _guarded(
    text: Any, title: Any, published: Any, lang: str | None, trace: list[SentenceTrace] | None
) -> Detection:
    try:
        return _detect(_as_text(text), _as_text(title), _as_date(published), lang, trace)
    except Exception as exc:  # the contract is a verdict for any input; the error is named
        return Detection(
            False, 0.0, language=normalize_hint(lang), rules=(f"error.{type(exc).__name__}",)
        )


@dataclass(frozen=True, slots=True)
class SentenceTrace:
    """What the rules made of one judged sentence (see :mod:`.explain`)."""

    index: int
    text: str  # as written
    lang: str
    positives: tuple[str, ...]
    blocks: tuple[str, ...]
    masks: tuple[str, ...]
    earlier: bool
    score: float


def _detect(
    body: str,
    head: str,
    published: date | None,
    lang: str | None,
    trace: list[SentenceTrace] | None = None,
) -> Detection:
    head = head[:1000].strip()
    raw = f"{head}\n\n{body[:MAX_SCAN]}" if head else body[:MAX_SCAN]
    hint = normalize_hint(lang)
    # "İ" lower-cases to two characters ("i" and a combining dot): fold it first,
    # as normalising does, or a Turkish word in capitals escapes the gate
    found = hits((raw.replace("İ", "I") if "İ" in raw else raw).lower())
    if not found:
        return Detection(False, 0.0, language=hint)
    norm, offsets = normalize_with_map(raw[: MAX_ANALYSE + 2000])
    norm = norm[:MAX_ANALYSE]
    if norm is not raw:  # (ASCII text without control characters is its own normal form)
        found = hits(norm.lower())
    positions = [end for end, _ in found]
    gate_langs = {code for _, codes in found for code in codes}
    if not positions:
        return Detection(False, 0.0, language=hint)
    language = hint if hint in COMPILED else detect_language(norm)
    rule_langs = [language] if language is not None and language in COMPILED else []
    rule_langs += [code for code in sorted(gate_langs) if code not in rule_langs][:3]
    if not rule_langs:
        rule_langs = ["en"]
    spans = split_sentences(norm, sorted(p for p in positions if p < len(norm)))
    starts = [s for s, _ in spans]
    title_end = len(head) if head else -1
    # which languages' gate words each sentence holds: only their rules (and the
    # article language's) are run on it
    held: dict[int, set[str]] = {}
    for end, codes in found:
        if end <= len(norm):
            held.setdefault(bisect.bisect_right(starts, end - 1) - 1, set()).update(codes)
    candidates = sorted(held)[:_MAX_SENTENCES_JUDGED]
    verdicts: dict[int, SentenceVerdict] = {}
    fired: set[str] = set()
    for idx in candidates:
        if idx < 0:
            continue
        s, e = spans[idx]
        best: SentenceVerdict | None = None
        script_lang: str | None = None
        for code in rule_langs:
            if code != rule_langs[0] and code not in held[idx]:
                continue
            if best is not None and best.blocks and not best.positives:
                break  # the article's language refused the sentence: a kindred one may not
            if code != rule_langs[0] and code in ARABIC_SCRIPT and rule_langs[0] in ARABIC_SCRIPT:
                # Arabic, Persian and Urdu share words ("عفو", "معافی") but not
                # grammar: another one's table reads only a sentence written in it
                if script_lang is None:
                    script_lang = arabic_script_language(norm[s:e])
                if script_lang != code:
                    continue
            v = judge(idx, norm[s:e], COMPILED[code], is_title=s < title_end)
            fired.update(h.rule for h in v.blocks + v.masks)
            if best is None or v.score > best.score:
                best = v
        if best is not None:
            verdicts[idx] = best
    if any(b.kind == "pending" for v in verdicts.values() for b in v.blocks):
        _drop_announced(verdicts.values())
    essay_factor = _essay_factor(" ".join(v.text for v in verdicts.values()), rule_langs, fired)
    positives: list[SentenceVerdict] = []
    earlier: set[int] = set()
    dated: list[tuple[SentenceVerdict, date]] = []  # set aside for their date alone
    for v in verdicts.values():
        if not v.positives:
            continue
        if not v.earlier:
            when = _earlier_date(v, published)
            if when is not None:
                dated.append((v, when))
                continue
        if v.earlier:
            fired.add(f"{v.lang}.earlier")
            earlier.add(v.index)
            continue
        positives.append(v)
    # A report published weeks after its decree ("82,656 pardoned under the amnesty
    # ordered in early February") dates it in a month its own lead names: sentences
    # dated in that month are about the same decree, not an earlier one.
    named = _months_named(positives, published) if dated else set()
    for v, when in dated:
        if (when.year, when.month) in named:
            positives.append(v)
        else:
            v.earlier = True
            fired.add(f"{v.lang}.earlier")
            earlier.add(v.index)
    for v in positives:
        fired.update(h.rule for h in v.positives)
        v.score *= essay_factor
    miss = 1.0
    seen: set[str] = set()
    for v in positives:
        said = " ".join(v.text.lower().split())
        if said in seen:  # a headline or paragraph printed twice is one statement
            continue
        seen.add(said)
        miss *= 1.0 - min(v.score, 0.99)
    confidence = 1.0 - miss
    if not any(h.kind in _DECIDING for v in positives for h in v.positives):
        # a decree only referred to ("the amnesty law", "the royal pardon"), never
        # said to be granted, passed or coming: a debate, a reform, an essay
        confidence = min(confidence, _REFERENCE_ONLY)
    language_out = hint or language
    judged = [
        SentenceTrace(
            v.index,
            offsets.text(*spans[v.index]).strip(),
            v.lang,
            tuple(h.rule for h in v.positives),
            tuple(h.rule for h in v.blocks),
            tuple(h.rule for h in v.masks),
            v.index in earlier,
            v.score,
        )
        for v in sorted(verdicts.values(), key=lambda v: v.index)
    ]
    if trace is not None:
        trace.extend(judged)
    if confidence < THRESHOLD:
        # a rejection keeps the sentences that decided it: blocked, masked or
        # about an earlier decree (or, failing those, the weak positive ones)
        deciding = [t for t in judged if t.blocks or t.masks or t.earlier] or [
            t for t in judged if t.positives
        ]
        return Detection(
            False,
            confidence,
            language=language_out,
            rules=tuple(sorted(fired)),
            evidence=tuple(dict.fromkeys(t.text[:400] for t in deciding))[:3],
        )
    positives.sort(key=lambda v: v.index)
    decrees = _decrees(
        positives[:_MAX_EVIDENCE_SENTENCES],
        _Text(norm, offsets, spans, title_end),
        earlier,
        set(held),
        published,
        language,
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


def _drop_announced(verdicts: Any) -> None:
    """An article saying the measure still awaits a step (a draft sent to parliament,
    a list put to the president for approval) has not reported it granted: its
    future and headline forms ("will release 17,000", "to free 17,000") announce
    the pending measure, and count for nothing."""
    for v in verdicts:
        kept = [h for h in v.positives if h.kind not in _PENDING_FORMS]
        if len(kept) == len(v.positives):
            continue
        v.positives = kept
        v.score = max((h.weight for h in kept), default=0.0) * (0.85 if v.is_title else 1.0)


def _essay_factor(norm: str, rule_langs: list[str], fired: set[str]) -> float:
    found: set[str] = set()
    for code in rule_langs:
        found.update(m.group(0).lower() for m in COMPILED[code].essay.finditer(norm))
    if len(found) >= 3:
        fired.add("doc.essay")
        return 0.5
    return 1.0


def _earlier_date(v: SentenceVerdict, published: date | None) -> date | None:
    """The date of a positive sentence dated weeks before publication, or years back
    (background, unless the article's lead dates its decree in that month); else None."""
    if published is None:
        return None
    hit = v.best
    if hit is None:
        return None
    reader = DATE_READERS[v.lang]
    names = _OccasionNames(v)
    dated_event = COMPILED[v.lang].dated_event  # "the March 3 rioters": the events' day
    mentions = [
        m
        for m in reader.find(v.text, published)
        if not names.holds(m.start, m.end) and not dated_event.match(v.text, m.end)
    ]
    years = _years_back(v, hit.start, published, names)
    if mentions:
        nearest = min(mentions, key=lambda m: abs(m.start - hit.start))
        if abs(nearest.start - hit.start) <= 120:
            if years and years[0][0] < abs(nearest.start - hit.start):
                # "who was pardoned in 2015, announced on Monday": the year is the pardon's
                return years[0][1]
            if _upcoming(nearest, published):
                return None
            return nearest.date if nearest.date < published - timedelta(days=25) else None
    for start, _, last_day in reader.months(v.text, published):
        if abs(start - hit.start) <= 120:  # "In January, he pardoned 878" (published 10 Feb)
            return last_day if last_day < published - timedelta(days=7) else None
    if years:
        return years[0][1]
    if v.lang == "fa":  # "در سال ۱۳۵۸": a Jalali year (it starts in March of year + 621)
        for m in _JALALI_YEAR.finditer(v.text):
            year = int(m.group(1)) + 621
            if abs(m.start() - hit.start) <= 80 and year <= published.year - 2:
                if names.holds(m.start(), m.end()):
                    continue  # "پیروزی انقلاب اسلامی در سال ۱۳۵۷"
                return date(year, 3, 21)
    return None


def _years_back(
    v: SentenceVerdict, at: int, published: date, names: _OccasionNames
) -> list[tuple[int, date]]:
    """Years two or more back within 80 characters of ``at``, nearest first, as
    (distance, 1 January): neither in an anniversary's name nor a count of people."""
    out: list[tuple[int, date]] = []
    for m in _YEAR_NEAR.finditer(v.text):
        year = int(m.group(1) or m.group(2))
        if abs(m.start() - at) <= 80 and year <= published.year - 2:
            if names.holds(m.start(), m.end()):
                continue  # "the anniversary of the 1979 revolution", "the Green March of 1975"
            if _counts_people(v.text, m.end(), v.lang):
                continue  # "pardoned 2000 prisoners": a figure, not a year
            out.append((abs(m.start() - at), date(year, 1, 1)))
    return sorted(out)


# a figure's person noun comes right after it, or after one word ("2000 political
# prisoners"); a year is followed by a comma, a date or the rest of the clause
_AFTER_FIGURE = re.compile(r"\s+(?:[^\d\s]\S*\s+)?")


def _counts_people(text: str, end: int, lang: str) -> bool:
    """Whether the number ending at ``end`` counts people ("2000 prisoners")."""
    gap = _AFTER_FIGURE.match(text, end)
    if gap is None:
        return False
    people = COMPILED[lang].people
    tail = text[end : end + 80]
    plain = tail.lstrip()
    if people.match(plain) is not None:
        return True
    skip = gap.end() - end
    return skip > len(tail) - len(plain) and people.match(tail[skip:]) is not None


# what joins a year to the event an anniversary marks ("the Green March of 1975",
# "the Islamic Revolution in 1979"): a preposition, perhaps after one more word
_NAME_TAIL = re.compile(
    r"[\s,]*(?:\w+\s+)?(?:of|in|de|du|del|da|do|von|vom|عام|سنة|في|در)\s+(?:the\s+)?"
)
# "since he took the throne in 1999" dates a reign, not an occasion
_SINCE = re.compile(r"(?:\bsince|\bdepuis|\bdesde|\bseit|منذ|از\s+زمان)\W+(?:\w+\W+){0,2}$", re.I)
# anniversaries of a past event, whose name may carry the event's year; a feast's
# own year ("Tabaski 2017") dates the feast, and so the decree made for it
_ANNIVERSARIES = frozenset(
    {"islamic_revolution_anniversary", "national_day", "independence_day", "throne_day"}
)


class _OccasionNames:
    """Where a sentence names anniversaries, found the first time a date is asked about:
    a year in the name ("the 1979 revolution") or joined to it ("the independence of
    1991") is the year of the event remembered, not of an earlier decree."""

    def __init__(self, v: SentenceVerdict) -> None:
        self._verdict = v
        self._spans: list[tuple[int, int]] | None = None

    def holds(self, start: int, end: int) -> bool:
        text = self._verdict.text
        if self._spans is None:
            lex = COMPILED[self._verdict.lang]
            keys = [key for _, key in lex.occasion_named]
            self._spans = [
                m.span()
                for m in lex.occasion_any.finditer(text)
                if m.lastgroup is not None
                and keys[int(m.lastgroup[1:])] in _ANNIVERSARIES
                and not _SINCE.search(text, max(0, m.start() - 16), m.start())
            ]
        return any(
            s <= start
            and (end <= e or (e <= start and _NAME_TAIL.fullmatch(text, e, start) is not None))
            for s, e in self._spans
        )


def _months_named(positives: list[SentenceVerdict], published: date | None) -> set[tuple[int, int]]:
    """(year, month) of the months the decree sentences name without a day ("in early
    February")."""
    if published is None:
        return set()
    out: set[tuple[int, int]] = set()
    for v in positives:
        for _, _, last_day in DATE_READERS[v.lang].months(v.text, published):
            out.add((last_day.year, last_day.month))
    return out


def _upcoming(mention: DateMention, published: date) -> bool:
    """A day and month without a year that falls just after publication ("ahead of
    11 February" in a 5 February report) is read as last year's: it is not a past date."""
    if _YEAR_NEAR.search(mention.text) or mention.kind in ("relative", "weekday"):
        return False
    return 300 <= (published - mention.date).days <= 366


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
        # a ruler who asked for the pardon is not its grantor ("a request from
        # President Steinmeier concerning a pardon", "à la demande de son homologue")
        text = ev.verdict.text
        granting = [a for a in auths if not _REQUESTER.search(text, max(0, a.start - 80), a.start)]
        auths = granting or auths
        if auths and all(a.start >= ev.hit.end for a in auths):
            # "Myanmar pardoned 2,730 ... before US President Obama's visit": the
            # country named as the subject binds more than a title after the verb
            subject = [m for m in country_mentions(ev.verdict.text) if m.end <= ev.hit.start]
            if len({m.code for m in subject}) == 1:
                auths = subject
        code: str | None = None
        if auths:
            code = _grantor(auths, ev.hit.start, ev.hit.end)
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
    doc: _Text,
    earlier: set[int],
    gated: set[int],
    published: date | None,
    language: str | None,
) -> list[Decree]:
    groups = _group(_evidence(positives))
    lang = positives[0].lang if language not in COMPILED else str(language)
    spans, norm = doc.spans, doc.norm

    def sentence(idx: int) -> SentenceVerdict:
        s, e = spans[idx]
        return SentenceVerdict(index=idx, text=norm[s:e], lang=lang, is_title=s < doc.title_end)

    title = [sentence(0)] if doc.title_end > 0 and spans else []
    firsts = [g.evidence[0].verdict.index for g in groups]
    out: list[Decree] = []
    for gi, g in enumerate(groups):
        evidence = g.evidence
        indexes = sorted({ev.verdict.index for ev in evidence})
        near = sorted({i + d for i in indexes[:2] for d in (1, -1, 2)} - set(indexes) - earlier)
        stop = firsts[gi + 1] if gi + 1 < len(firsts) else len(spans)
        window = {i + d for i in indexes for d in range(-3, 4)}
        # the decree's following sentences that may name it: a sentence without
        # a gate word holds no pardon term, so only those near its evidence count
        segment = [
            sentence(i)
            for i in range(firsts[gi], min(stop, firsts[gi] + 15))
            if i in gated or i in window
        ]
        term = COMPILED[lang].term
        neighbours = [sentence(i) for i in near if 0 <= i < len(spans)] + title
        neighbours += [
            s
            for s in segment
            if s.index in gated  # a sentence without a gate word holds no pardon term
            and s.index not in near
            and s.index not in earlier
            and term.search(s.text)
        ][:8]
        following = {
            i: [
                (j, norm[spans[j][0] : spans[j][1]])
                for j in (i + 1, i - 1, i + 2)
                if 0 <= j < len(spans) and j not in earlier
            ]
            for i in indexes
        }
        # the decree's own stretch of the text: from the top (or, for a later
        # decree, its first sentence) to the next decree, earlier decrees left out
        begin = 0 if gi == 0 else firsts[gi]
        stretch = [
            (i, norm[spans[i][0] : spans[i][1]])
            for i in range(begin, min(stop, begin + 60))
            if i not in earlier
        ]
        counted = read_count(evidence, published, following)
        if counted is None:
            counted = read_lead_count(evidence[0], stretch, published)
        if counted and rounded(counted[0]):
            counted = refine_count(counted, evidence[0], stretch, published)
        count_text: str | None = None
        if counted:
            at, to = spans[counted[1]]
            summed = sum_parts(counted, evidence[0], norm[at:to], published)
            other = (
                sum_across(counted, evidence[0], stretch, published) if summed is counted else None
            )
            counted = summed
            count_text = doc.original(counted[1], counted[0].start, counted[0].end)
            if other:
                # the parts in two sentences: their sum, both figures as written
                in_order = sorted([counted, other], key=lambda c: (c[1], c[0].start))
                count_text = " ... ".join(doc.original(i, x.start, x.end) for x, i in in_order)
                total = (counted[0].value or 0) + (other[0].value or 0)
                counted = (replace(counted[0], value=total, low=total, high=total), counted[1])
        quantity = counted[0] if counted else None
        if quantity is None:
            named = _one_person(evidence)
            if named is not None:  # a decree of one named person: "pardoned Ross Ulbricht"
                quantity = named[0]
                count_text = doc.original(named[1], named[0].start, named[0].end)
        fresh = any(ev.hit.kind in _FRESH for ev in evidence)
        # a named occasion may come from any sentence of the decree's stretch, with
        # or without a pardon word ("The order was timed to Constitution Day"), and
        # for the first decree from the lead before the sentence that says it was
        # granted ("2,463 freed on the occasion of Eid al-Fitr ... sentences of
        # 3,152 others were reduced")
        lead = [sentence(i) for i in range(max(0, firsts[0] - 8), firsts[0])] if gi == 0 else []
        further = [sentence(i) for i in range(firsts[gi], min(stop, firsts[gi] + 15))]
        occasion = read_occasion(
            evidence, neighbours, [s for s in lead + further if s.index not in earlier]
        )
        conditions, exclusions = read_conditions(
            [s for s in segment if not s.is_title and s.index not in earlier], window
        )
        issuer = read_issuer(evidence, title, neighbours)
        code = (
            g.code
            or _country_from(issuer.value if issuer else None, evidence, title)
            or majority(country_mentions(norm))
            or LANGUAGE_COUNTRY.get(lang)
        )
        first = evidence[0].verdict.index
        announced = read_date(
            evidence,
            published,
            fresh=fresh,
            others=neighbours + [s for s in segment if s.index not in indexes],
            beside=[
                sentence(i)
                for i in (first + 1, first - 1)
                if 0 <= i < len(spans)
                and i not in earlier
                and i not in indexes
                and not _caption(norm, spans, i)
            ],
        )
        key = occasion[0] if occasion else None
        if key == "eid":
            key = eid_on(announced or published)
        if key is not None and occasion is not None:
            key = local_key(key, code, occasion[1].value)
        issuer_text = doc.original(issuer.sentence, issuer.start, issuer.end) if issuer else None
        out.append(
            Decree(
                country=name_of(code),
                country_code=code,
                issuer=_issuer(
                    issuer_text,
                    [ev.verdict.text for ev in evidence]
                    + [v.text for v in neighbours]
                    + [v.text for v in segment if v.index not in earlier],
                    code,
                    announced or published or _year_of(norm),
                    dated=bool(announced or published),
                    by_law=_by_law(evidence),
                ),
                issuer_text=issuer_text,
                count=quantity.value if quantity else None,
                count_text=count_text,
                count_low=quantity.low if quantity and not quantity.magnitude else None,
                count_high=quantity.high if quantity and not quantity.magnitude else None,
                count_magnitude=quantity.magnitude if quantity else None,
                announced_on=announced,
                occasion=key,
                occasion_text=(
                    doc.original(occasion[1].sentence, occasion[1].start, occasion[1].end)
                    if occasion
                    else None
                ),
                conditions=conditions,
                exclusions=exclusions,
                evidence=tuple(
                    dict.fromkeys(doc.original(ev.verdict.index)[:400] for ev in evidence)
                )[:3],
            )
        )
    return out


def _issuer(
    written: str | None,
    context: list[str],
    code: str | None,
    on: date | None,
    *,
    dated: bool = True,
    by_law: bool = False,
) -> str | None:
    """The canonical issuer: from the issuer's words when they name a ruler or a
    collective body; else a ruler of the decree's country named in the decree's
    sentences ("the president" in the lead, "Tokayev" two sentences on); else
    the office or the words as written.

    Words that give an office alone ("the President") are completed with the
    holder of that office the decree's sentences name, before the table's
    holder on ``on``: a report without a date would otherwise get today's.
    ``dated`` is false when ``on`` is only the year the text names most: a
    ruler it names who did not hold office that year is still taken.

    ``by_law``: the decree is a law the legislature passed (an amnesty law), so
    the legislature is its issuer, not the president who proposed, signed or
    promulgated it, nor the government that drafted it.
    """
    canon = canonical_issuer(written, code, on) if written else None
    if by_law and (canon is None or collective_body(canon) is None):
        return LEGISLATURES.get(code or "", "Parliament")
    text = " ".join(dict.fromkeys(context))
    office = office_of(written) if written and not names_ruler(written) else None
    if office is not None:
        named = _named_ruler(text, code, on, dated, office)
        if named:
            return named
    if canon is not None and settled(canon):
        return canon
    named = _named_ruler(text, code, on, dated)
    if named:
        return named
    if code in SOLE_PARDONER:  # only one office pardons there
        return holder(code, SOLE_PARDONER[code], on) or canon
    if canon is None:  # "a presidential pardon", "the royal amnesty"
        office = office_by_adjective(" ".join(context[:3]))
        if office is not None:
            return holder(code, office, on) or office
    return canon


# rules that find a law passed, not a decree signed ("en.grant.law_passed", "tr.grant.law")
_LAW_RULE = re.compile(r"\.grant\.law(?:_passed)?$")


def _by_law(evidence: list[Evidence]) -> bool:
    """Whether every granting match of the decree is a law passed."""
    grants = [ev.hit.rule for ev in evidence if ev.hit.kind == "grant"]
    return bool(grants) and all(_LAW_RULE.search(rule) for rule in grants)


def _named_ruler(
    text: str, code: str | None, on: date | None, dated: bool, office: str | None = None
) -> str | None:
    named = ruler_named(text, code, on, office)
    if named is None and not dated and on is not None:
        # the year guessed may be a past one the text recalls ("the revolution of 1979")
        named = ruler_named(text, code, None, office)
    return named


_YEAR = re.compile(r"(?<![\d.,])((?:19[89]|20[0-4])\d)(?![\d.,]\d)")


def _year_of(norm: str) -> date | None:
    """For a report without a date: the year it names most often (the latest on a
    tie), only to tell which ruler held an office."""
    years = Counter(int(y) for y in _YEAR.findall(norm[:20_000]))
    if not years:
        return None
    year = max(years, key=lambda y: (years[y], y))
    if years[year] < 2:
        return None  # one year named once is as often a past one recalled ("since 2009")
    return date(year, 7, 1)


def _grantor(auths: list[CountryMention], start: int, end: int) -> str:
    """The country of the authority that grants, of those a sentence binds to a
    ruler or a title, the granting words at ``start``-``end``."""
    codes = {a.code for a in auths}
    if len(codes) == 1:
        return auths[0].code
    near = [a for a in auths if distance(a.start, a.end, start, end) <= 80]
    near_rulers = {a.code for a in near if a.leader}
    if len(near_rulers) == 1:  # a ruler's name binds more than a country by a title
        return near_rulers.pop()
    subject_rulers = {a.code for a in auths if a.leader and a.end <= start}
    if len(subject_rulers) == 1:
        # the ruler before the granting words is its subject ("Tebboune ... received
        # a request from the President of Germany concerning a pardon")
        return subject_rulers.pop()
    if near and not any(a.leader for a in near) and len({a.code for a in near}) == 1:
        # "pardoned by the Myanmar government ... leaders including President
        # Obama": a ruler far from the granting words is another story's
        return near[0].code
    rulers = {a.code for a in auths if a.leader}
    if len(rulers) == 1:
        return rulers.pop()
    before = [a for a in auths if a.start <= start]
    return (before[-1] if before else auths[0]).code


# the words that make the ruler after them the one who asked
_REQUESTER = re.compile(
    normalize(
        r"(?:\brequest(?:ed)?\s+(?:of|from|by)|\bat\s+the\s+request\s+of|\bdemande\s+(?:de|du)"
        r"|\bpetici[oó]n\s+(?:de|del)|\bpedido\s+(?:de|do|da)|\bпросьб\w*|طلب\s+من|بطلب\s+من"
        r"|بناء\s+على\s+طلب)\s+(?:\S+\s+){0,5}?$"
    ),
    re.IGNORECASE,
)


def _one_person(evidence: list[Evidence]) -> tuple[Quantity, int] | None:
    """One person named right after the granting words of a granting sentence
    (``one_person`` of its table): a count of one, the name as its words.  Not a
    country or a people ("pardoned Thai prisoners"), nor a possessive."""
    for ev in evidence[:4]:
        # (a headline in title case capitalises every word: "Pardons Some Inmates")
        if ev.hit.kind != "grant" or ev.verdict.is_title:
            continue
        lex = ev.lex
        for m in lex.one_person.finditer(ev.verdict.text):
            name = m.group("name")
            after = ev.verdict.text[m.end("name") : m.end("name") + 60]
            words = {w.lower() for w in name.split()}
            if (
                "'s" in name
                or words & lex.calendar_words  # "granted special pardons Tuesday to ..."
                or country_mentions(name)
                or lex.people.search(name)
                or lex.people_near.match(after)
            ):
                continue
            start, end = m.start("name"), m.end("name")
            return Quantity(start, end, name, 1, 1, 1, "exact"), ev.verdict.index
    return None


def _caption(norm: str, spans: Sequence[tuple[int, int]], index: int) -> bool:
    """Whether sentence ``index`` is a photo's caption: it, or the start of the
    sentence after it, carries a photo credit ("REUTERS/Name")."""
    start, end = spans[index]
    if index + 1 < len(spans):
        end = min(spans[index + 1][1], spans[index + 1][0] + 40)
    return bool(CAPTION.search(norm, start, end))


def _country_from(
    issuer: str | None, evidence: list[Evidence], title: list[SentenceVerdict]
) -> str | None:
    if issuer:
        found = country_mentions(issuer)
        if found:
            return found[0].code
        ruling = ruler_country(issuer, None)
        if ruling:  # "صدر آصف علی زرداری": the ruler's name says whose decree it is
            return ruling
    for v in title:
        auths = authority_countries(v.text)
        if auths:
            return auths[0].code
    mentions = [m for ev in evidence for m in country_mentions(ev.verdict.text)]
    # "the Council of State led by the President, Major General Muhammadu Buhari":
    # a ruler of the table named in the deciding sentences says whose decree it is
    return majority(mentions) or ruler_country(" ".join(ev.verdict.text for ev in evidence), None)
