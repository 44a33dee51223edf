"""Field readers: date, occasion, issuer, conditions and exclusions (the count
is read by :mod:`.counts`, re-exported here).

Each reader looks at the sentences that decided a decree (its *evidence*),
nearest first, so that unrelated figures and dates elsewhere in the article
(prison population, arrests, temporary releases, earlier decrees) are not
taken.  A decree date comes from the evidence; when
the evidence states none and the article reports the grant itself (not only
a reaction to it), the publication date stands in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from .countries import country_mentions
from .counts import read_count, refine_count, rounded, sum_parts
from .dates import DateMention
from .evidence import DATE_READERS, Evidence, Located, distance
from .matching import Matcher
from .normalize import normalize
from .occasions import find_occasion
from .rulers import collective_body, known_issuer
from .rules import CompiledLexicon, SentenceVerdict, compiled

__all__ = [
    "CAPTION",
    "DATE_READERS",
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

_NAME_STOP = Matcher(
    r"^(?:on|in|has|had|was|is|said|says|the|of|and|to|for|a|an|pardons?|pardoned|grants?|granted"
    r"|frees|freed|orders?|ordered|issues?|issued|approves?|approved|agrees?|agreed|signs?|signed"
    r"|commutes?|commuted|amnesty|amnesties|clemency|decree|le|la|el|les|los|der|die|das|al|bin)$",
)


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
    # with no publication date to stand in, the dated occasion of the decree's own
    # sentences ("remission on Independence Day, August 17, 2021") dates it when
    # nothing else does: the nearest to the granting words (dates with their year)
    occasion: tuple[float, date] | None = None
    seen: list[int] = []
    for position, ev in enumerate(evidence):
        text, lex = ev.verdict.text, ev.lex
        if ev.verdict.index not in seen:
            seen.append(ev.verdict.index)
        rank = seen.index(ev.verdict.index)
        found = [] if CAPTION.search(text) else DATE_READERS[lex.code].find(text, published)
        if not found:
            continue
        for mention in found:
            if _names_occasion(lex, text, mention):
                if (
                    published is None
                    and not _EFFECT.search(text[max(0, mention.start - 30) : mention.start])
                    and not _SPAN.match(text, mention.end)
                ):
                    near = distance(mention.start, mention.end, ev.hit.start, ev.hit.end)
                    cost = near + 30.0 * position
                    if occasion is None or cost < occasion[0]:
                        occasion = (cost, mention.date)
                continue
            if not _plausible(mention, published) or lex.dated_event.match(text, mention.end):
                continue
            cost = distance(mention.start, mention.end, ev.hit.start, ev.hit.end) + 30.0 * rank
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
    if published is None:
        return occasion[1] if occasion else None
    return published if fresh else None


# a photo's caption and credit ("... in Harare, March 8, 2018. REUTERS/Name"): its
# date is the photo's, not the decree's
CAPTION = re.compile(
    r"\b(?:REUTERS|AFP|AP Photo|EPA(?:-EFE)?|Getty Images|Xinhua|Anadolu|IRNA|WANA)\s*/"
)
# a date that opens a span of years is the origin an anniversary counts from
# ("the 80th National Day (September 2, 1945 - 2025)"), not the decree's
_SPAN = re.compile(r"\s*[-–]\s*(?:1[89]|20)\d\d(?!\d)")

# a date from which a decree takes effect is not the date it was made
_EFFECT = Matcher(
    normalize(
        r"(?:from|effective|as of|starting|à partir du|à compter du|a partir de|a partir del"
        r"|desde|с|از|ab|mulai|enforced from|into force on|từ|kể từ)\s+(?:\w+\s+)?$"
    )
)


def _names_occasion(lex: CompiledLexicon, text: str, mention: DateMention) -> bool:
    """Whether the date belongs to an occasion's name ("22 Bahman", "Eid al-Fitr 1 Shawwal")
    or is the day the occasion is kept ("the Prophet's birthday, which will be marked on
    Saturday", "l'indépendance (célébrée le 5 juillet)")."""
    window = max(0, mention.start - 80)
    at = mention.start - window
    piece = text[window : mention.end]
    if not any(lex.occasion_set.possible(piece, piece.lower())):
        return False  # no occasion can be named here: skip the long alternation
    kept = bool(_KEPT_ON.search(text[max(0, mention.start - 40) : mention.start]))
    return any(
        m.start() <= at and (at - m.end() <= 8 or kept) for m in lex.occasion_any.finditer(piece)
    )


# the words that give the day an occasion is kept on, not the day of the decree
_KEPT_ON = Matcher(
    normalize(
        r"\b(?:celebrated|marked|observed|commemorated|falls|célébrée?s?|fêtée?s?|commémorée?s?"
        r"|celebrad[oa]s?|conmemorad[oa]s?|comemorad[oa]s?|assinalad[oa]s?|gefeiert|begangen)"
        r"\s+(?:annually\s+|each year\s+|every year\s+|chaque année\s+|cada año\s+)?"
        r"(?:on\s+|le\s+|el\s+|em\s+|am\s+|a\s+)?(?:the\s+)?$"
    )
)


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
    """Occasion key, and where its name was found.

    A named occasion is looked for in the evidence sentences, their neighbours
    and the ``further`` sentences of the decree's stretch ("The decree was timed
    to coincide with the 25th anniversary of the Constitution"), in the order
    the body is written, the headline and other lines that are not sentences
    (related headlines) last; it beats a generic one (``other``),
    which only the evidence and its neighbours may give.  The pandemic is the
    setting of a decree, so a holiday named anywhere beats it; a bare "Eid" is
    the Eid the report names in full elsewhere, if it does.
    """
    verdicts = [ev.verdict for ev in evidence] + neighbours
    seen = {v.index for v in verdicts}
    ordered: dict[int, SentenceVerdict] = {}
    for verdict in verdicts + [v for v in further if v.index not in seen]:
        ordered.setdefault(verdict.index, verdict)
    named: list[tuple[str, Located]] = []
    # the body's sentences in the order they are written; the headline (short,
    # often naming one of two occasions) and other lines that are not sentences
    # (a list of related headlines, a caption) after them
    for verdict in sorted(ordered.values(), key=lambda v: (_headline(v), v.index)):
        found = _named_occasion(verdict)
        if found is not None:
            named.append(found)
    holiday = next((n for n in named if n[0] != "covid19"), None)
    if holiday is not None and holiday[0] == "eid":
        # "ahead of Eid" in the headline, "before the Eid al-Fitr holiday" in the body
        holiday = next((n for n in named if n[0] in _FULL_EID), holiday)
    if holiday is not None or named:
        return holiday or named[0]
    # a reason ("a goodwill gesture", "to promote national accord"): the decree's
    # own sentences first, then the rest of its stretch
    for verdict in verdicts + sorted(
        (v for v in ordered.values() if v.index not in seen), key=lambda v: v.index
    ):
        m = compiled(verdict.lang).occasion_other.search(verdict.text)
        if m:
            text = m.group(0).strip()
            start = m.start() + m.group(0).index(text)
            return "other", Located(text, verdict.index, start, start + len(text))
    return None


_FULL_EID = ("eid_al_fitr", "eid_al_adha")
_SENTENCE_END = re.compile(r"[.!?;:\u061f\u06d4\u061b]['\"\u00bb\u201d)\]]*\s*$")


def _headline(verdict: SentenceVerdict) -> bool:
    """The title, or a line that does not end as a sentence does."""
    return verdict.is_title or not _SENTENCE_END.search(verdict.text)


def _named_occasion(verdict: SentenceVerdict) -> tuple[str, Located] | None:
    """The occasion ``verdict`` names, the pandemic only if no holiday follows it."""
    lex = compiled(verdict.lang)
    found = find_occasion(verdict.text, lex.occasion_named, lex.occasion_set)
    if found and found[0] == "covid19":
        offset = found[2] + len(found[1])
        later = find_occasion(verdict.text[offset:], lex.occasion_named, lex.occasion_set)
        if later and later[0] != "covid19":
            found = (later[0], later[1], later[2] + offset)
    if found is None:
        return None
    key, text, start = found
    return key, Located(text, verdict.index, start, start + len(text))


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
    """Whether an issuer phrase carries a ruler's name, not only a title, or names
    a body ("the State Duma", "Parliament") that is as complete an issuer."""
    if any(m.leader for m in country_mentions(text)) or collective_body(text):
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


# Who proposed or requested the decree ("on a proposal from the judiciary chief",
# "an amnesty proposed by President Putin", "den Vorschlag von Kremlchef Putin
# nahm die Duma an") is not who granted it; nor the agent of another verb
# before the granting one ("the Council, following the policy set by the
# government, agreed to pardon"); nor a body a person belongs to ("a Member of
# Parliament").  Such a candidate is taken only when no other is.
_PROPOSER_BEFORE = re.compile(
    r"(?:propos\w*|suggest\w*|request\w*|recommend\w*|initiative|vorschlag\w*|antrag\w*"
    r"|auf betreiben|propuesta|proposición|solicitud|proposta|pedido|demande|sollicitation"
    r"|consult\w*"
    r"|предложени\w*|инициатив\w*|ходатайств\w*|پیشنهاد|درخواست|اقتراح|طلب|توصي\w*|تنسيب)"
    r"(?:\s+(?:of|from|by|von|vom|des|der|de|del|du|da|do|dos|das|la|el|le|the|his|her|its"
    r"|من|از))*\s*$",
    re.IGNORECASE,
)
_PROPOSER_AFTER = re.compile(
    r"^\s*(?:vorgelegt\w*|eingebracht\w*|vorgeschlagen\w*|had (?:asked|requested|proposed))",
    re.IGNORECASE,
)
_AGENT_BEFORE = re.compile(
    r"\w(?:ed|ida|ido|idas|idos|ada|ado|adas|ados|ée|ées|é|és)\s+(?:by|por|par|pelo|pela|pelos)"
    r"(?:\s+(?:the|el|la|los|las|le|les|l'|o|a|os|as))?\s*$",
    re.IGNORECASE,
)


# never the grantor: a ruler no longer in office ("ousted leader Suharto", "le
# défunt roi"), a body someone belongs to ("a Member of Parliament")
_NOT_GRANTOR = re.compile(
    r"(?:(?:former|ousted|deposed|toppled|exiled|late|ex-|ancien|défunt|feu|expresidente"
    r"|ex|difunto|fallecido|falecido|defunto|deposto|ehemalig\w*|verstorben\w*|бывш\w*|покойн\w*)\s+"
    r"|(?:members?|speaker|deputy|député\w*|miembros?|membros?|mitglied\w*|депутат\w*)"
    r"\s+(?:of|de|del|du|da|do|des)(?:\s+(?:the|la|el|le|l'|o|a))?\s+)$",
    re.IGNORECASE,
)


def _side_role(text: str, m: re.Match[str], before_grant: bool) -> bool:
    """Whether the issuer words at ``m`` name a proposer, or (before the granting
    words) the agent of another verb, rather than the grantor."""
    ahead = text[max(0, m.start() - 60) : m.start()]
    if _PROPOSER_BEFORE.search(ahead) or _PROPOSER_AFTER.match(text[m.end() : m.end() + 40]):
        return True

    return before_grant and bool(_AGENT_BEFORE.search(ahead))


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
    aside: list[tuple[int, Located]] = []  # proposers and other verbs' agents

    def add(
        rank: int,
        verdict: SentenceVerdict,
        m: re.Match[str],
        stop: int | None,
        into: list[tuple[int, Located]] = candidates,
    ) -> None:
        start, end = m.start(), m.end()
        if _NOT_GRANTOR.search(verdict.text[max(0, start - 40) : start]):
            return
        if stop is not None and start < stop < end:
            end = stop  # "رئيس الدولة يأمر": the verb is not the issuer
        s, e = _clean_issuer(verdict.text[start:end])
        if e > s:
            text = verdict.text[start + s : start + e]
            into.append((rank, Located(text, verdict.index, start + s, start + e)))

    for order, ev in enumerate(evidence):
        for m in _issuer_matches(ev.verdict):
            before = m.start() <= ev.hit.start
            dist = distance(m.start(), m.end(), ev.hit.start, ev.hit.end)
            verb_led = ev.hit.kind in ("grant", "future")  # not "Khamenei's amnesty"
            stop = ev.hit.start if verb_led else None
            side = _side_role(ev.verdict.text, m, before)
            rank = order * 1000 + (0 if before else 500) + dist
            add(rank, ev.verdict, m, stop, aside if side else candidates)
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
                side = _side_role(verdict.text, m, False)
                add(200_000, verdict, m, None, aside if side else candidates)
            # only an office, a body or a ruler the tables know, not "General X"
            # or "Minister Y" speaking about the decree
            candidates[:] = [c for c in candidates if known_issuer(c[1].value)]
            if candidates:
                break
    if not candidates:
        candidates[:] = [c for c in aside if known_issuer(c[1].value)] or unknown
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
