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
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from .countries import country_mentions
from .dates import DateMention, DateReader
from .lexicon import LEXICONS
from .matching import Matcher
from .normalize import normalize
from .numbers import Quantity
from .occasions import find_occasion
from .rulers import known_issuer
from .rules import CompiledLexicon, Hit, SentenceVerdict, compiled

__all__ = [
    "Evidence",
    "Located",
    "read_conditions",
    "read_count",
    "read_date",
    "read_issuer",
    "read_occasion",
    "refine_count",
    "rounded",
    "sum_parts",
]

DATE_READERS: dict[str, DateReader] = {code: DateReader(lex) for code, lex in LEXICONS.items()}

_UNIT_AFTER = Matcher(
    r"^\s*-?\s*(?:years?|year-old|months?|days?|hours?|weeks?|%|percent|per cent|dollars|euros"
    r"|rials|tomans|dirhams|riyals|dinars|pounds|billion|km|kilomet\w+|ans?\b|années|años?"
    r"|anos?|jahre\w*|monate\w*|سال|ماه|روز|ریال|تومان|سنه|سنوات|عاما|اعوام|شهر|اشهر|درهم|ریالا"
    r"|دینار|лет|года?|месяц\w*|yıl|ay\b|tahun|bulan|hari|\$)",
)
_UNIT_BEFORE = Matcher(
    r"(?:(?<!\w)(?:article|art\.|no\.|number|aged|age|ages|ماده|الماده|اصل|статья|madde|pasal"
    r"|artículo|artigo|artikel|paragraph)|\$|€|£)\s*$",
)
_INCLUDING = Matcher(
    r"(?:including|among them|of whom|of them|of which|among whom|dont|incluidos|incluyendo"
    r"|entre ellos|darunter"
    r"|بینهم|منهم|من بینهم|از جمله|شامل|в том числе|из них|из которых|среди них|termasuk"
    r"|di antaranya|aralarında)\s*$",
)
_ORDINAL = Matcher(
    r"^(?:st|nd|rd|th|er|e|ème|eme|º|ª|\.\s*(?:jahrestag|jubil))\b|^-?(?:й|я|е|го|му|м|ая|ое|ой|ую|ых"
    r"|ого|ей|ти|летие|летия|летию|летием)\b"
)
# "811 of 1,467 inmates", "Twenty-seven of the 127": the second figure is the
# pool the count is taken from (what stands between the two figures)
_POOL = Matcher(
    normalize(
        r"^\s+(?:\S+\s+)?(?:of|out of|dari|sur|de|من أصل|من بين|من|از مجموع|از|из|von|aus)"
        r"\s+(?:the\s+|les\s+|los\s+)?$"
    )
)


def _pool(text: str, found: list[Quantity], q: Quantity) -> bool:
    before = [x for x in found if x.end <= q.start]
    return bool(before) and _POOL.match(text[before[-1].end : q.start]) is not None


_OF = Matcher(r"^\s*(?:of|out of|من|از|de|sur|von|из|dari)\s+(?:the\s+|les\s+|los\s+)?$")
_YEAR = re.compile(r"(?:1[3-4]|19|20)\d\d")
_TIME_BEFORE = Matcher(
    r"(?:\b(?:in|since|from|until|till|during|year|before|after|en|depuis|desde|em|im|seit|vor"
    r"|в|с|tahun|yılında)|سال|عام|في|منذ|در|تا)\s*$",
)
_NAME_STOP = Matcher(
    r"^(?:on|in|has|had|was|is|said|says|the|of|and|to|for|a|an|pardons?|pardoned|grants?|granted"
    r"|frees|freed|orders?|ordered|issues?|issued|approves?|approved|agrees?|agreed|signs?|signed"
    r"|commutes?|commuted|amnesty|amnesties|clemency|decree|le|la|el|les|los|der|die|das|al|bin)$",
)


class Located(NamedTuple):
    """A field as found: its key or normalised text, the sentence and the span in it.

    The caller maps the span back to the text as written (see
    :class:`~pipeline.detect.normalize.OffsetMap`).
    """

    value: str
    sentence: int
    start: int
    end: int


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
    ev: Evidence,
    text: str,
    published: date | None,
    rank: int,
    *,
    strict: bool,
    totals_too: bool = False,
) -> list[tuple[float, Quantity]]:
    lex = ev.lex
    found = lex.numbers.find(text)
    if not found:
        return []
    lowered = text.lower()
    totals = (
        []
        if totals_too
        else [(m.start(), m.end()) for m in lex.aggregate.finditer(text, lowered=lowered)]
    )
    dates = DATE_READERS[lex.code].find(text, published)
    out: list[tuple[float, Quantity]] = []
    for qi, q in enumerate(found):
        if any(d.start < q.end and q.start < d.end for d in dates):
            continue
        if any(_distance(s, e, q.start, q.end) <= 40 for s, e in totals):
            continue
        after = text[q.end : q.end + 60]
        before = text[max(0, q.start - 40) : q.start]
        if _UNIT_AFTER.match(after) or _UNIT_BEFORE.search(before):
            continue
        people = lex.people.match(after.lstrip(" \"'")) or lex.people_near.match(after)
        nxt = found[qi + 1] if qi + 1 < len(found) else None
        if (
            people
            and nxt
            and nxt.start < q.end + people.end()
            and not _OF.match(text[q.end : nxt.start])
        ):
            people = None  # the noun belongs to the next figure ("eine Amnestie für Tausende")
        if not people and lex.count_cue.search(before):
            people = lex.count_cue.search(before)  # "put the number at 30,000"
        if q.kind == "exact" and not people and (q.value or 0) < 10:
            continue
        if _ORDINAL.match(after):
            continue  # "the 60th anniversary", "к 60-й годовщине", "le 14e"
        if _pool(text, found, q):
            continue  # "811 of 1,467 inmates": the pool, not the count
        if (
            q.kind == "exact"
            and _YEAR.fullmatch(q.text.strip())
            and (not lex.people.match(after.lstrip(" \"'")) or _TIME_BEFORE.search(before))
        ):
            continue  # a year ("founded in 2011 by former detainees"), never a count
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
        if q.kind == "exact" and (q.value or 0) <= 2 and not q.text[:1].isdigit():
            score -= 2.0  # "un premier groupe de détenus", "a group of": an article, not a count
        if lex.count_noise.search(before[-35:]) or lex.count_noise.search(after[:25]):
            score -= 4.0
        if _INCLUDING.search(before[-20:]):
            score -= 2.0
        if score >= 2.0:
            out.append((score, q))
    return out


_CLOSE = 0.5


def read_count(
    evidence: list[Evidence],
    published: date | None,
    following: dict[int, list[tuple[int, str]]] | None = None,
) -> tuple[Quantity, int] | None:
    """The figure of people pardoned, from the evidence sentences, and its sentence.

    When the evidence states none, the sentences right before and after an
    evidence sentence (``following``: index -> (index, text)) may give it, if a
    person noun follows the figure.
    """
    best: tuple[float, Quantity, int] | None = None
    found: list[tuple[float, Quantity, int]] = []
    for rank, ev in enumerate(evidence):
        for score, q in _score_quantities(ev, ev.verdict.text, published, rank, strict=False):
            found.append((score, q, ev.verdict.index))
            if best is None or score > best[0]:
                best = (score, q, ev.verdict.index)
    if best is not None and best[1].kind == "exact":
        # a decree's total comes first and is its largest figure: a later part
        # ("including 214 immediately") scoring about as well gives way to it,
        # never to a pool the figure is taken from ("811 of 1,467")
        top = best
        for score, q, index in found:
            if (
                q.kind == "exact"
                and (q.value or 0) > (top[1].value or 0)
                and (index, q.start) < (best[2], best[1].start)
                and score >= best[0] - _CLOSE
            ):
                top = (score, q, index)
        best = top
    if best is None and following:
        for rank, ev in enumerate(evidence):
            for index, text in following.get(ev.verdict.index, []):
                for score, q in _score_quantities(ev, text, published, rank, strict=True):
                    if best is None or score > best[0]:
                        best = (score, q, index)
    return (best[1], best[2]) if best else None


# A rounded figure's direction: "more than 800" is 800 or a little above, "nearly
# 2,500" a little below; any other rounded figure ("about 3,000", "2 500") either.
_UPWARD = Matcher(
    normalize(
        r"^(?:more than|over|above|upwards of|in excess of|at least|just over|plus de|au moins"
        r"|más de|mas de|al menos|mais de|pelo menos|über|mehr als|more|более|свыше|больше"
        r"|أكثر من|ما يزيد|اكثر من|بیش از|بالغ بر|lebih dari|sedikitnya|fazla)"
    )
)
_DOWNWARD = Matcher(
    normalize(
        r"^(?:nearly|almost|close to|just under|up to|near|près de|presque|casi|cerca de|quase"
        r"|perto de|fast|knapp|почти|قرابة|نحو|زهاء|نزدیک|hampir|yaklaşık|neredeyse)"
    )
)


_ANY_DIGIT = re.compile(r"\d")


def _zeros(value: int) -> int:
    """Trailing zeros of a figure: how rounded it is."""
    n = 0
    while value and value % 10 == 0:
        value //= 10
        n += 1
    return n


def rounded(q: Quantity) -> bool:
    """Whether a figure is rounded or vague ("nearly 2,500", "2 500", "hundreds")."""
    return _rounded(q)


def _rounded(q: Quantity) -> bool:
    if q.kind != "exact":
        return True
    value = q.value or 0
    return value >= 100 and (not q.text[:1].isdigit() or _zeros(value) >= 2)


def _fits(rough: Quantity, value: int) -> float | None:
    """How far ``value`` is from the rounded figure ``rough`` (relative), when it is
    a more precise reading of it; else None."""
    if rough.kind != "exact":
        return 0.0 if rough.low <= value <= rough.high else None
    x = rough.value or 0
    if x <= 0 or _zeros(value) >= _zeros(x):
        return None
    said = rough.text.lower()
    low, high = 0.9 * x, 1.1 * x
    if _UPWARD.match(said):
        low, high = x, 1.19 * x
    elif _DOWNWARD.match(said):
        low, high = 0.85 * x, x
    return abs(value - x) / x if low <= value <= high else None


def refine_count(
    counted: tuple[Quantity, int],
    ev: Evidence,
    sentences: Sequence[tuple[int, str]],
    published: date | None,
) -> tuple[Quantity, int]:
    """The most precise figure of the decree: a rounded or vague count ("nearly
    2,500", "hundreds") gives way to an exact one elsewhere in the decree's
    ``sentences`` (index, text) that it rounds ("2,476 prisoners"), the nearest to
    it first; an exact figure needs a person noun (or a count cue) to count."""
    rough = counted[0]
    if not _rounded(rough):
        return counted
    best: tuple[float, float, Quantity, int] | None = None
    for index, text in sentences:
        if not _ANY_DIGIT.search(text):
            continue  # a precise figure is written in digits
        # "in total, 2,036 prisoners": a total next to the rounded figure is this one
        for score, q in _score_quantities(ev, text, published, 0, strict=True, totals_too=True):
            if q.kind != "exact" or not q.value:
                continue
            if rough.kind != "exact" and (_zeros(q.value) > 1 or not q.text[:1].isdigit()):
                continue  # "hundreds" is made precise by "801", not by "about 300"
            gap = _fits(rough, q.value)
            if gap is None:
                continue
            key = (gap, -score)
            if best is None or key < best[:2]:
                best = (gap, -score, q, index)
    return (best[2], best[3]) if best else counted


# Parts of one decree's count, coordinated in one sentence: "982 men and six
# women", "pardoned 30,000 and cut the terms of 200,000 others", "pardons 4,
# commutes 23".  The text between two parts holds a coordinator and no digits,
# no sentence break, no subset words ("of whom", "including", "out of") and no
# other authority (two rulers' decrees are not one count).
_JOINER = Matcher(
    normalize(
        r"(?:,|\band\b|\bplus\b|as well as|\bet\b|\by\b|\be\b|\bи\b|а также|(?<!\w)و"
        r"|\bdan\b|\bserta\b|\bund\b|\bsowie\b|\bve\b|\bile\b)"
    )
)
_SUBSET = Matcher(
    normalize(
        r"including|among|of whom|of them|of which|\bdont\b|parmi|incluid|darunter|منهم|بينهم"
        r"|من بين|از جمله|в том числе|\bиз них\b|termasuk|\bor\b|\bou\b|\bo\b|\bили\b|أو"
        r"|\bیا\b|\batau\b|\boder\b|\bveya\b|\bwhile\b|\bwhereas\b|\bbut\b|\btandis\b"
        r"|\bmientras\b|\bа\b|بينما|среди|из которых|in which|whom|entre ell[oa]s|entre el[ae]s"
        r"|entre eux|among them"
    )
)
_PART_OF = Matcher(
    normalize(r"^\s*(?:of|out of|among|from|من|از|из|dari|de|sur|von|aus|de los|des)\b")
)


# a longer stretch between two parts must name the measure again ("and cut the
# terms of"), not another one ("and the deportation of")
_LIGHTER = Matcher(
    normalize(
        r"reduc|\bcut\b|shorten|commut|lessen|réduc|remise|rebaj|reduç|сниж|сокращ|смягч|تخفيف"
        r"|خفض|تخفیف|کاهش|remisi|potong|indirim|\bfreed\b|\breleased\b"
    )
)


def _joins(gap: str, lex: CompiledLexicon) -> bool:
    if len(gap) > 90 or any(c.isdigit() for c in gap) or any(c in gap for c in ".;:!?()[]"):
        return False
    if not _JOINER.search(gap) or _SUBSET.search(gap):
        return False
    if len(gap.split()) > 3:
        # the measure is named again after the coordinator ("and cut the terms
        # of"), not before it ("will be pardoned ahead of Eid, 958 ...")
        joiners = list(_JOINER.finditer(gap))
        tail = gap[joiners[-1].end() :] if joiners else gap
        if not (lex.term.search(tail) or _LIGHTER.search(tail)):
            return False
    return lex.issuer.search(gap) is None


def sum_parts(
    counted: tuple[Quantity, int], ev: Evidence, text: str, published: date | None
) -> tuple[Quantity, int]:
    """The count as the sum of its coordinated parts in its sentence ``text`` (see
    ``_JOINER``); the figure as found when it has none.  The parts stay in the
    count's text ("982 men and six women")."""
    q = counted[0]
    if q.kind != "exact" or not q.value:
        return counted
    lex = ev.lex
    found = [x for x in lex.numbers.find(text) if x.kind == "exact" and x.value]
    at = next((i for i, x in enumerate(found) if x.start == q.start), None)
    if at is None or _INCLUDING.search(text[max(0, q.start - 20) : q.start]):
        return counted

    # where the dates are (a day and month resolve only against some date)
    dates = DATE_READERS[lex.code].find(text, published or date(2000, 1, 1))

    def part(x: Quantity, gap: str) -> bool:
        after = text[x.end : x.end + 60]
        before = text[max(0, x.start - 40) : x.start]
        if _PART_OF.match(after) or _UNIT_AFTER.match(after) or _UNIT_BEFORE.search(before):
            return False
        if _YEAR.fullmatch(x.text.strip()) or after[:1].isalpha():  # a year, "14th"
            return False
        if any(d.start < x.end and x.start < d.end for d in dates):
            return False
        return bool(lex.people_near.match(after) or lex.term.search(gap))

    parts = [q]
    i = at
    while i + 1 < len(found):
        gap = text[found[i].end : found[i + 1].start]
        if not _joins(gap, lex) or not part(found[i + 1], gap):
            break
        parts.append(found[i + 1])
        i += 1
    i = at
    while i > 0 and len(parts) < 6:
        gap = text[found[i - 1].end : found[i].start]
        if not _joins(gap, lex) or not part(found[i - 1], gap):
            break
        parts.insert(0, found[i - 1])
        i -= 1
    if len(parts) < 2 or _PART_OF.match(text[parts[0].end : parts[0].end + 30]):
        return counted
    total = sum(x.value or 0 for x in parts)
    start, end = parts[0].start, parts[-1].end
    said = text[start:end]
    return Quantity(start, end, said, total, total, total, "exact"), counted[1]


def _plausible(mention: DateMention, published: date | None) -> bool:
    """A date up to 90 days before publication; a written-out date after it is a
    plan ("certificates will be handed over on Tuesday, March 7"), not the decree."""
    if published is None:
        return True
    latest = published if mention.kind in ("day_month", "full") else published + timedelta(days=1)
    return published - timedelta(days=90) <= mention.date <= latest


def read_date(
    evidence: list[Evidence],
    published: date | None,
    *,
    fresh: bool,
    others: Sequence[SentenceVerdict] = (),
    beside: Sequence[SentenceVerdict] = (),
) -> date | None:
    """Date of the decree, else publication (when the article reports the grant).

    Every plausible date in the evidence competes: the nearer to its granting
    words and the earlier its sentence, the better; a date that belongs to a
    reporting verb ("the judiciary said on Monday that...") is the date of the
    statement and counts for less.  A date that qualifies the decree itself
    ("the 5 February decree", "the amnesty of 5 February") may come from any
    sentence of the decree (``others``).  When the evidence states no date, a
    sentence right ``beside`` the first evidence sentence may ("Turkmenistan's
    president has pardoned 1,402. State media reported on May 15 that..."),
    before the publication date stands in.
    """
    best: tuple[float, date] | None = None
    seen: list[int] = []
    for ev in evidence:
        text, lex = ev.verdict.text, ev.lex
        if ev.verdict.index not in seen:
            seen.append(ev.verdict.index)
        rank = seen.index(ev.verdict.index)
        found = DATE_READERS[lex.code].find(text, published)
        if not found:
            continue
        for mention in found:
            if _names_occasion(lex, text, mention):
                continue
            if not _plausible(mention, published):
                continue
            cost = _distance(mention.start, mention.end, ev.hit.start, ev.hit.end) + 30.0 * rank
            if lex.reporting.search(text[max(0, mention.start - 30) : mention.start]):
                cost += 80
            if _qualifies_decree(text, mention, lex):
                cost = min(cost, 20.0)
            if best is None or cost < best[0]:
                best = (cost, mention.date)
    for verdict in others:
        if verdict.index in seen:
            continue
        lex = compiled(verdict.lang)
        for mention in DATE_READERS[lex.code].find(verdict.text, published):
            if (
                _plausible(mention, published)
                and _qualifies_decree(verdict.text, mention, lex)
                and (best is None or best[0] > 25.0)
            ):
                best = (25.0, mention.date)
    if best is not None:
        return best[1]
    if fresh:
        for verdict in beside:
            lex = compiled(verdict.lang)
            for mention in DATE_READERS[lex.code].find(verdict.text, published):
                named = _names_occasion(lex, verdict.text, mention)
                start = max(0, mention.start - 30)
                effect = _EFFECT.search(verdict.text[start : mention.start])
                if _plausible(mention, published) and not named and not effect:
                    return mention.date
    return published if fresh else None


# a date from which a decree takes effect is not the date it was made
_EFFECT = Matcher(
    normalize(
        r"(?:from|effective|as of|starting|à partir du|à compter du|a partir de|a partir del"
        r"|desde|с|از|ab|mulai|enforced from|into force on)\s+(?:\w+\s+)?$"
    )
)


def _names_occasion(lex: CompiledLexicon, text: str, mention: DateMention) -> bool:
    """Whether the date belongs to an occasion's name ("22 Bahman", "Eid al-Fitr 1 Shawwal")."""
    window = max(0, mention.start - 80)
    at = mention.start - window
    piece = text[window : mention.end]
    if not any(lex.occasion_set.possible(piece, piece.lower())):
        return False  # no occasion can be named here: skip the long alternation
    return any(m.start() <= at and at - m.end() <= 8 for m in lex.occasion_any.finditer(piece))


def _qualifies_decree(text: str, mention: DateMention, lex: CompiledLexicon) -> bool:
    """ "the 5 February decree", "the amnesty (issued) on 5 February"."""
    if lex.decree_after.match(text, mention.end):
        return True
    return bool(lex.decree_before.search(text[max(0, mention.start - 50) : mention.start]))


def read_occasion(
    evidence: list[Evidence],
    neighbours: list[SentenceVerdict],
    further: Sequence[SentenceVerdict] = (),
) -> tuple[str, Located] | None:
    """Occasion key, and where its name was found: evidence sentences first, then
    their neighbours, then (for a named occasion only) the ``further`` sentences
    of the decree's stretch ("The decree was timed to coincide with the 25th
    anniversary of the Constitution").

    A named occasion anywhere in those sentences beats a generic one (``other``).
    """
    verdicts = [ev.verdict for ev in evidence] + neighbours
    seen = {v.index for v in verdicts}
    context: tuple[str, Located] | None = None
    for verdict in verdicts + [v for v in further if v.index not in seen]:
        lex = compiled(verdict.lang)
        found = find_occasion(verdict.text, lex.occasion_named, lex.occasion_set)
        if found and found[0] == "covid19":
            offset = found[2] + len(found[1])
            later = find_occasion(verdict.text[offset:], lex.occasion_named, lex.occasion_set)
            if later and later[0] != "covid19":
                found = (later[0], later[1], later[2] + offset)
        if found:
            key, text, start = found
            where = Located(text, verdict.index, start, start + len(text))
            if key != "covid19":
                return key, where
            # the pandemic is the setting of a decree; a holiday named later is
            # its occasion ("amid the pandemic ... to mark his 25 years on the throne")
            context = context or (key, where)
    if context is not None:
        return context
    for verdict in verdicts:
        m = compiled(verdict.lang).occasion_other.search(verdict.text)
        if m:
            text = m.group(0).strip()
            start = m.start() + m.group(0).index(text)
            return "other", Located(text, verdict.index, start, start + len(text))
    return None


_TOKEN = re.compile(r"[^\s,]+")


def _clean_issuer(text: str) -> tuple[int, int]:
    """The span of ``text`` left once trailing function words and punctuation are cut."""
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    while len(tokens) > 1 and _NAME_STOP.match(text[tokens[-1][0] : tokens[-1][1]].strip(".'\"")):
        tokens.pop()
    if not tokens:
        return 0, 0
    start, end = tokens[0][0], tokens[-1][1]
    if text[start:end].endswith("'s"):  # "Khamenei's amnesty"
        end -= 2
    while start < end and text[start] in " ,.'\"":
        start += 1
    while end > start and text[end - 1] in " ,.'\"":
        end -= 1
    return start, end


def _named(text: str) -> bool:
    """Whether an issuer phrase carries a ruler's name, not only a title."""
    if any(m.leader for m in country_mentions(text)):
        return True
    return len(text.split()) >= 3


# languages written in one script whose sentences a report may mix (a Persian
# text judged by the Arabic rules still names its Leader in Persian)
_SIBLINGS = {"ar": ("fa",), "fa": ("ar",)}


def _issuer_matches(verdict: SentenceVerdict) -> list[re.Match[str]]:
    found = list(compiled(verdict.lang).issuer.finditer(verdict.text))
    if not found:
        for code in _SIBLINGS.get(verdict.lang, ()):
            found = list(compiled(code).issuer.finditer(verdict.text))
            if found:
                break
    return found


def read_issuer(
    evidence: list[Evidence],
    extra: list[SentenceVerdict],
    nearby: Sequence[SentenceVerdict] = (),
) -> Located | None:
    """The issuer: the title and name nearest before the granting words.

    A phrase with a name ("King Mohammed VI") beats a bare title ("the king");
    the granting words themselves are never part of it.  A bare title is
    completed from the sentences ``nearby`` when one of them names a holder of
    the same title ("UAE President pardons..." in a headline, "President Sheikh
    Mohamed bin Zayed ordered the release..." in the lead), nearest first.
    """
    candidates: list[tuple[int, Located]] = []

    def add(rank: int, verdict: SentenceVerdict, m: re.Match[str], stop: int | None) -> None:
        start, end = m.start(), m.end()
        if stop is not None and start < stop < end:
            end = stop  # "رئيس الدولة يأمر": the verb is not the issuer
        s, e = _clean_issuer(verdict.text[start:end])
        if e > s:
            text = verdict.text[start + s : start + e]
            candidates.append((rank, Located(text, verdict.index, start + s, start + e)))

    for order, ev in enumerate(evidence):
        for m in _issuer_matches(ev.verdict):
            before = m.start() <= ev.hit.start
            dist = _distance(m.start(), m.end(), ev.hit.start, ev.hit.end)
            verb_led = ev.hit.kind in ("grant", "future")  # not "Khamenei's amnesty"
            stop = ev.hit.start if verb_led else None
            add(order * 1000 + (0 if before else 500) + dist, ev.verdict, m, stop)
    for order, verdict in enumerate(extra):
        for m in compiled(verdict.lang).issuer.finditer(verdict.text):
            add(100_000 + order, verdict, m, None)
    unknown = [c for c in candidates if not known_issuer(c[1].value)]
    if unknown and len(unknown) == len(candidates):
        candidates.clear()  # only words the tables do not know ("General", "leader")
    if not candidates:
        # the decree's sentences name no one: the nearest sentence that does
        decided = {ev.verdict.index for ev in evidence}
        first = evidence[0].verdict.index if evidence else 0
        for verdict in sorted(nearby, key=lambda v: abs(v.index - first)):
            if verdict.index in decided or verdict.text.isupper():
                continue
            for m in _issuer_matches(verdict):
                add(200_000, verdict, m, None)
            # only an office, a body or a ruler the tables know, not "General X"
            # or "Minister Y" speaking about the decree
            candidates[:] = [c for c in candidates if known_issuer(c[1].value)]
            if candidates:
                break
    if not candidates:
        candidates[:] = unknown  # as written, for the analyst
    if not candidates:
        return None
    candidates.sort(key=lambda c: (not _named(c[1].value), c[0]))
    best = candidates[0][1]
    if _named(best.value) or not nearby:
        return best
    head = best.value.lower().split()[-1]
    candidates.clear()
    decided = {ev.verdict.index for ev in evidence}
    # names are told by their capitals, which an all-capitals sentence lacks
    others = [v for v in nearby if v.index not in decided and not v.text.isupper()]
    for verdict in sorted(others, key=lambda v: abs(v.index - best.sentence)):
        for m in compiled(verdict.lang).issuer.finditer(verdict.text):
            add(0, verdict, m, None)
        for _, found in candidates:
            if head in found.value.lower().split()[:3] and _named(found.value):
                return found
        candidates.clear()
    return best


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
        lowered = text.lower()
        if verdict.index not in near and not lex.term.search(text, lowered=lowered):
            continue
        for regex, phrase in (
            lex.conditions if lex.conditions_any.search(text, lowered=lowered) else ()
        ):
            m = regex.search(text, lowered=lowered)
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
        if not lex.exclusion_cue.search(text, lowered=lowered):
            continue
        used: list[tuple[int, int]] = []
        possible = lex.exclusion_set.possible(text, lowered)
        for (regex, phrase), ok in zip(lex.exclusions, possible, strict=True):
            if not ok:
                continue
            for m in regex.finditer(text, lowered=lowered, checked=True):
                if any(s < m.end() and m.start() < e for s, e in used):
                    continue
                used.append((m.start(), m.end()))
                if phrase not in exclusions:
                    exclusions.append(phrase)
    return tuple(conditions), tuple(exclusions)
