"""The count of a decree: the figure of people pardoned, read from its evidence.

A figure is taken only when a person noun follows it closely or it sits right
by the granting words; figures in sentences about totals ("this year", "so
far"), dates, units, ordinals and pools ("811 of 1,467") are skipped.  The
decree's total comes first and is its largest figure; a rounded or vague
count gives way to the exact figure it rounds (:func:`refine_count`), and
coordinated parts add up (:func:`sum_parts`).  See ``docs/fields.md``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from .evidence import DATE_READERS, Evidence, distance
from .matching import Matcher
from .normalize import normalize
from .numbers import Quantity
from .rules import CompiledLexicon

__all__ = [
    "read_count",
    "read_lead_count",
    "refine_count",
    "rounded",
    "sum_across",
    "sum_parts",
]

_UNIT_AFTER = Matcher(
    normalize(
        r"^\s*-?\s*(?:years?|year-old|months?|days?|hours?|weeks?|%|percent|per cent|dollars|euros"
        r"|rials|tomans|dirhams|riyals|dinars|pounds|billion|km|kilomet\w+|ans?\b|années|años?"
        r"|anos?|jahre\w*|monate\w*|سال|ماه|روز|ریال|تومان|سنه|سنوات|عاما|اعوام|شهر|اشهر|درهم|ریالا"
        r"|دینار|лет|года?|месяц\w*|yıl|ay\b|tahun|bulan|hari|năm\b|tháng\b|ngày\b|tuổi\b|lần\b"
        r"|đồng\b|বছর|মাস|দিন|ঘণ্টা|সপ্তাহ|শতাংশ|টাকা|ডলার|রিয়াল|বয়স|অনুচ্ছেদ|ধারা|নম্বর|\$)"
    )
)
_UNIT_BEFORE = Matcher(
    r"(?:(?<!\w)(?:article|art\.|no\.|number|aged|age|ages|ماده|الماده|اصل|статья|madde|pasal"
    r"|artículo|artigo|artikel|paragraph|điều|khoản|đợt|thứ|(?<!tổng )số)|\$|€|£)\s*$",
)
_INCLUDING = Matcher(
    r"(?:including|among them|of whom|of them|of which|among whom|dont|incluidos|incluyendo"
    r"|entre ellos|darunter|incluindo|incluídos|incluídas|entre eles|y compris"
    r"|parmi(?: les| eux| ces)?|among the"
    r"|بینهم|منهم|من بینهم|از جمله|شامل|в том числе|из них|из которых|среди них|termasuk"
    r"|di antaranya|aralarında|trong đó|trong số đó|bao gồm|gồm|তাদের মধ্যে|যাদের মধ্যে"
    r"|এর মধ্যে|এদের মধ্যে)\s*$",
)
_ORDINAL = Matcher(
    r"^(?:st|nd|rd|th|er|e|ème|eme|º|ª|\.\s*(?:jahrestag|jubil))\b|^-?(?:й|я|е|го|му|м|ая|ое|ой|ую|ых"
    r"|ого|ей|ти|летие|летия|летию|летием)\b"
    # Bengali ordinals: "৪৩তম", "১ম", "২য়", "৪র্থ", "৬ষ্ঠ"
    r"|^(?:তম|ম|য়|য|র্থ|ষ্ঠ)(?![\u0980-\u09ff])"
)
# "811 of 1,467 inmates", "Twenty-seven of the 127": the second figure is the
# pool the count is taken from (what stands between the two figures)
_POOL = Matcher(
    normalize(
        r"^\s+(?:\S+\s+)?(?:of|out of|dari|sur|de|من أصل|من بين|من|از مجموع|از|из|von|aus)"
        r"\s+(?:the\s+|les\s+|los\s+)?$"
    )
)


# The measure lifts the penalty the noise word names ("dropped the death sentences
# of 259", "إسقاط عقوبة الإعدام عن", "لغو حکم اعدام", "idam cezası kaldırılan"): the
# figure is of those it was lifted for, not of the executed.
_LIFTED = Matcher(
    normalize(
        r"(?:commut\w*|\blift\w*|\bdrop\w*|waiv\w*|annul\w*|overturn\w*|revok\w*|spar\w*"
        r"|cancel\w*|conmut\w*|anul\w*|levant\w*|comut\w*|lev[ée]\w*|замен\w*|отмен\w*"
        r"|إسقاط|إلغاء|تخفيف|رفع|استبدال|تبديل|لغو|تبدیل|تخفیف|kaldır\w*|çevr\w*|indir\w*"
        r"|معاف|ختم)"
    )
)


def _noise_before(text: str, q: Quantity, lex: CompiledLexicon) -> bool:
    """Whether a noise word ("executed", "arrested") stands just before ``q`` and is
    not the penalty a measure lifts ("commuted the death sentences of 12")."""
    near = max(0, q.start - 35)
    found = None
    for m in lex.count_noise.finditer(text[near : q.start]):
        found = m
    if found is None:
        return False
    at = near + found.start()
    return not _LIFTED.search(text[max(0, at - 30) : at])


# a qualifier that says the figure is the whole ("a total of 142", "إجمالي 900")
_TOTAL_SAID = Matcher(
    normalize(r"^(?:a total of|total of|un total de|un total d'|un total|إجمالي|بإجمالي)")
)
# the decree's reach, said by a verb right before the figure ("the amnesty, which
# covered 889 people", "والذي شمل 889 شخصا", "qui concerne 431 personnes")
_COVERED = Matcher(
    normalize(
        r"(?:\b(?:covered|covers|covering|benefit(?:ed|s|ted)|concern(?:e|ent|ait)|touch(?:e|ent)"
        r"|abarc(?:a|ó|aba)|benefici(?:a|ó|ou))\b|(?<!\w)(?:و|ف)?(?:شمل|يشمل|شملت|تشمل)(?!\w))"
        r"\s+(?:au total\s+|a\s+|a un total de\s+)?$"
    )
)
_RELEASE = Matcher(
    normalize(
        r"\b(?:freed|released?|releases|releasing|liber\w*|excarcel\w*|освобод\w*"
        r"|serbest|dibebaskan)\b|أفرج|إفراج|آزاد"
    )
)


def _article(q: Quantity, after: str, lex: CompiledLexicon) -> bool:
    """Whether ``q`` is "one"/"un"/"a" written as a word and not followed right away by
    a person noun: an article ("a group of inmates", "un grupo de sancionados"), not a
    count ("one prisoner" is one)."""
    return (
        q.kind == "exact"
        and q.value == 1
        and not q.text[:1].isdigit()
        and not lex.people.match(after.lstrip(" \"'"))
    )


def _pool(text: str, found: list[Quantity], q: Quantity) -> bool:
    before = [x for x in found if x.end <= q.start]
    return bool(before) and _POOL.match(text[before[-1].end : q.start]) is not None


_OF = Matcher(r"^\s*(?:of|out of|من|از|de|sur|von|из|dari)\s+(?:the\s+|les\s+|los\s+)?$")
_YEAR = re.compile(r"(?:1[3-4]|19|20)\d\d")
_TIME_BEFORE = Matcher(
    r"(?:\b(?:in|since|from|until|till|during|year|before|after|en|depuis|desde|em|im|seit|vor"
    r"|в|с|tahun|yılında|năm|từ)|سال|عام|في|منذ|در|تا)\s*$",
)


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
        if any(distance(s, e, q.start, q.end) <= 40 for s, e in totals):
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
        dist = 0 if strict else distance(q.start, q.end, ev.hit.start, ev.hit.end)
        if not people and dist > 30:
            continue
        score = (3.0 if people else 0.0) + max(0.0, 2.0 - dist / 60) + ev.hit.weight
        score += 0.5 if q.kind in ("exact", "range") else 0.0
        score -= 0.25 * rank
        if _TOTAL_SAID.match(q.text):
            score += 0.3  # "to reach a total of 142 people": said to be the whole
        elif _COVERED.search(before[-25:]):
            score += 0.5  # "the pardon, which covered 889 people": said to be its reach
        elif q.kind == "exact" and q.text.strip() != str(q.value) and not q.text[:1].isdigit():
            score -= 0.3  # "more than 3,300": an unqualified figure elsewhere is better
        if ev.verdict.is_title:
            score -= 0.3
        if _article(q, after, lex):
            continue  # "indultar a un grupo de presos", "a group of": an article, not a count
        if q.kind == "exact" and (q.value or 0) <= 2 and not q.text[:1].isdigit():
            score -= 2.0  # "un premier groupe de détenus": likely an article, not a count
        noise_after = lex.count_noise.search(after[:25])
        named = lex.people.match(after.lstrip(" \"'"))
        if noise_after and named:
            # "259 rebels arrested in the fighting": words after the person noun
            # describe the people pardoned, they do not make the figure another one
            lead = len(after) - len(after.lstrip(" \"'"))
            if noise_after.start() >= lead + named.end():
                noise_after = None
        if _noise_before(text, q, lex) or noise_after:
            score -= 4.0
        if _INCLUDING.search(before[-20:]):
            score -= 2.0
        if score >= 2.0:
            out.append((score, q))
    return out


_CLOSE = 0.5
_VAGUE_GIVES_WAY = 1.0


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
    if best is not None and best[1].kind == "vague":
        # "hundreds of prisoners" in a headline, "1,542 convicts" in the body: the
        # exact figure the evidence gives is the decree's, unless it is a part below
        # the vague one's range ("thousands freed, 30 women among them")
        exact = [
            f
            for f in found
            if f[1].kind == "exact"
            and (f[1].value or 0) >= best[1].low
            and f[0] >= best[0] - _VAGUE_GIVES_WAY
        ]
        if exact:
            best = max(exact, key=lambda f: f[0])
    if best is None and following:
        for rank, ev in enumerate(evidence):
            for index, text in following.get(ev.verdict.index, []):
                for score, q in _score_quantities(ev, text, published, rank, strict=True):
                    if best is None or score > best[0]:
                        best = (score, q, index)
    return (best[1], best[2]) if best else None


def read_lead_count(
    ev: Evidence, sentences: Sequence[tuple[int, str]], published: date | None
) -> tuple[Quantity, int] | None:
    """The figure of a decree whose evidence states none, from the first of its
    ``sentences`` (index, text) that names the measure (a pardon term, "released")
    and gives a figure with a person noun: the lead or headline that the evidence
    sentences go on to describe ("Egypt's prisons released 3,886 prisoners ...
    to implement the President's pardon decision")."""
    for index, text in sentences:
        if not (ev.lex.term.search(text) or _RELEASE.search(text)):
            continue
        scored = _score_quantities(ev, text, published, 0, strict=True)
        if scored:
            best = max(scored, key=lambda f: f[0])
            return best[1], index
    return None


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
    best: tuple[tuple[bool, float, float], Quantity, int] | None = None
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
            # a figure that is itself rounded ("more than 3,300" for "over 3,000") gives
            # way to a precise one ("3,303"), however near it is
            key = (_rounded(q), gap, -score)
            if best is None or key < best[0]:
                best = (key, q, index)
    return (best[1], best[2]) if best else counted


# Parts of one decree's count, coordinated in one sentence: "982 men and six
# women", "pardoned 30,000 and cut the terms of 200,000 others", "pardons 4,
# commutes 23".  The text between two parts holds a coordinator and no digits,
# no sentence break, no subset words ("of whom", "including", "out of") and no
# other authority (two rulers' decrees are not one count).
_JOINER = Matcher(
    normalize(
        r"(?:,|\band\b|\bplus\b|as well as|\bet\b|\by\b|\be\b|\bи\b|а также|(?<!\w)و"
        r"|\bdan\b|\bserta\b|\bund\b|\bsowie\b|\bve\b|\bile\b|\bvà\b)"
    )
)
_SUBSET = Matcher(
    normalize(
        r"including|among|of whom|of them|of which|\bdont\b|parmi|incluid|darunter|منهم|بينهم"
        r"|من بين|از جمله|в том числе|\bиз них\b|termasuk|\bor\b|\bou\b|\bo\b|\bили\b"
        r"|(?<!\w)أو(?!\w)|\bیا\b|\batau\b|\boder\b|\bveya\b|\bwhile\b|\bwhereas\b|\bbut\b|\btandis\b"
        r"|\bmientras\b|\bа\b|بينما|среди|из которых|in which|whom|entre ell[oa]s|entre el[ae]s"
        r"|entre eux|among them|trong đó|trong số|\bhoặc\b|\bnhưng\b|trong khi"
        r"|incluindo|\by compris\b|einschließlich"
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
        r"|خفض|تخفیف|کاهش|remisi|potong|indirim|\bfreed\b|\breleased\b|\bgiảm\b|\btha\b"
    )
)


def _joins(gap: str, lex: CompiledLexicon) -> bool:
    if len(gap) > 90 or any(c.isdigit() for c in gap) or any(c in gap for c in ".;:!?()[]"):
        return False
    if not _JOINER.search(gap) or _SUBSET.search(gap):
        return False
    # a Vietnamese part is its person noun and what they serve ("13.915 phạm nhân
    # đang chấp hành án phạt tù và 5 người..."): the noun starts the gap
    described = lex.code == "vi" and lex.people_near.match(gap) is not None
    if len(gap.split()) > 3 and not described:
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
        if _article(x, after, lex):
            return False  # "y soberano, acordó indultar un grupo": no part
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


# Two measures of one decree told in two sentences: some freed, others' terms cut
# ("2,463 prisoners were freed ... the terms of 3,152 others were reduced").
_REDUCED = Matcher(
    normalize(
        r"reduc|\bcut\b|shorten|commut|lessen|réduc|rebaj|reduç|сниж|сокращ|смягч|تخفيف"
        r"|خفف|خفض|تخفیف|کاهش|potong|indirim|kısalt|azalt"
    )
)


_CLAUSE_BREAK = re.compile(r",\s|،|;|:\s")


def _clause(text: str, q: Quantity) -> str:
    """The clause of ``text`` that holds the figure ``q`` (commas inside a figure,
    as in "3,204", break nothing)."""
    begin = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, q.start)), default=0)
    after = _CLAUSE_BREAK.search(text, q.end)
    return text[begin : after.start() if after else len(text)]


def _measure(text: str) -> str | None:
    """The one measure a clause tells: "release" or "reduce" (None for both or none)."""
    freed, cut = bool(_RELEASE.search(text)), bool(_REDUCED.search(text))
    return "release" if freed and not cut else "reduce" if cut and not freed else None


def sum_across(
    counted: tuple[Quantity, int],
    ev: Evidence,
    sentences: Sequence[tuple[int, str]],
    published: date | None,
) -> tuple[Quantity, int] | None:
    """The other part of a count split over two sentences of the decree (``sentences``:
    index, text), one telling the prisoners freed and the other those whose terms
    were cut: the nearest figure with a person noun, within three sentences, of the
    measure the count's sentence does not tell; None when there is none, or when
    it is a subset ("of them", "including") or the same figure again, or the
    count's sentence tells the whole ("pardoned or reduced", "of which")."""
    q, at = counted
    if q.kind != "exact" or not q.value:
        return None
    texts = dict(sentences)
    said = texts.get(at, "")
    own = _measure(_clause(said, q))
    if own is None or _SUBSET.search(said):
        return None  # both measures, or a total broken down ("801, of which 463 freed")
    if own == "reduce" and any(
        not _REDUCED.search(m.group(0)) for m in ev.lex.term.finditer(_clause(said, q))
    ):
        return None  # "pardon or reduce the sentences of 1,849": the whole decree
    best: tuple[int, Quantity, int] | None = None
    for index, text in sentences:
        if index == at or abs(index - at) > 3:
            continue
        for _, x in _score_quantities(ev, text, published, 0, strict=True):
            if x.kind != "exact" or not x.value or x.value == q.value:
                continue
            if _measure(_clause(text, x)) in (None, own):
                continue
            if _SUBSET.search(text[max(0, x.start - 40) : x.start]):
                continue
            if best is None or abs(index - at) < best[0]:
                best = (abs(index - at), x, index)
    return (best[1], best[2]) if best else None
