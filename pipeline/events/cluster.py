"""Which mentions report the same decree: evidence weighed, incremental, deterministic.

Mentions are taken in order of publication; each joins the cluster whose
evidence agrees most, or starts one.  A cluster is a list of mentions; its
:class:`Profile` summarises what a newcomer is compared with.

Hard rules first (:func:`score` returns ``None``):

* the country must be known and the same (a mention with no country joins
  only its own story: copies of one wire text);
* an explicit later list ("second list", "another group") only joins a
  cluster that carries the same marker;
* the dates the mention allows may lie at most ``max_gap_days`` from the
  cluster's.

Then the evidence adds to or takes from a score (:class:`Weights`): the same
named occasion for, another named occasion against (a reason such as the
pandemic or "another holiday" is neutral); the same ruler or office for,
another ruler or office against; the same exact figure strongly for, and
more strongly when it has three significant digits or more ("1,584": two
decrees of one country almost never share one), a rounded or partial one
(within 20 %, within a factor of two) for, a figure beyond a factor of two
against (implementation reports are exempt: totals differ from the
announced figure); each day between the dates after the first against; no
date at all against, and then the same ruler and holiday add nothing (every
year's decree of one custom shares them); the same decree number ("Decree
No. 212") for, another against; each further number both evidences give (the parts of a figure,
"2,150 in custody and 160 on bail") for; two anniversaries named by their
ordinal ("52nd" and "54th National Day") strongly against; for a decree of one
named person, the same person ("Hunter" and "Hunter Biden") strongly for, even
without a date, and another person strongly against.  Without a date
on one side, two exact figures that are neither one another's slip nor one
the other rounded or cut ("3,400" for 3,471) are strongly against: they are
the same custom's decrees of two years.  The
legislature and the head of state never disagree (one passes an amnesty
law, the other signs it).  A missing field adds nothing.  A
mention joins when the score reaches the threshold; among clusters it may
join, the highest score wins, then the nearest date, then the cluster
founded first.  Clusters are indexed by country and week, so a mention is
compared with a handful of clusters, not the archive.

Placing one mention at a time lets the order of arrival decide: a report
that bridges two clusters (its dates or figures reach both) may come after
both were formed.  So placement ends with a merge pass: two clusters of one
country, with the same list markers, merge when every mention of one is
compatible with the other as a whole, repeated until nothing merges.  The
merged cluster keeps the mentions of both; naming (:mod:`pipeline.events.ids`)
gives it the older ID.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from pipeline.events import normalise
from pipeline.events.mentions import Mention

__all__ = [
    "MAX_WINDOW",
    "WEIGHTS",
    "Profile",
    "Weights",
    "assign",
    "compatible",
    "profile",
    "score",
]

FIGURE_RATIO = 2


@dataclass(frozen=True, slots=True)
class Profile:
    """What a cluster's mentions say together."""

    country: str | None
    issuers: frozenset[str]
    occasions: frozenset[str]
    dates: tuple[date, date] | None
    figures: tuple[tuple[int, int], ...]
    batches: frozenset[str]
    stories: frozenset[str] = frozenset()
    counts: frozenset[int] = frozenset()  # exact figures as written
    rulers: frozenset[str] = frozenset()  # canonical names of known rulers
    decree_numbers: frozenset[str] = frozenset()
    numbers: frozenset[int] = frozenset()  # every number of the members' evidence
    anniversaries: frozenset[int] = frozenset()  # "52nd National Day": 52
    exact: tuple[int, ...] = ()  # the figures given as exact ("1,769", not "more than 1,700")
    persons: tuple[frozenset[str], ...] = ()  # the one person of one-person decrees


def _intersect(intervals: Iterable[tuple[date, date]]) -> tuple[date, date] | None:
    items = list(intervals)
    if not items:
        return None
    low = max(i[0] for i in items)
    high = min(i[1] for i in items)
    if low <= high:
        return low, high
    # the reports disagree: keep the span of the most recent one
    return max(items, key=lambda i: i[1])


def cluster_dates(members: Sequence[Mention]) -> tuple[date, date] | None:
    """The dates the members allow for the decree.

    Stated dates of reports win (their span); without them, the overlap of
    what every report allows; implementation reports count only when nothing
    else gives a date.
    """
    stated = [m.decree.announced_on for m in members if not m.implementation]
    exact = [d for d in stated if d is not None]
    if exact:
        return min(exact), max(exact)
    reports = [m.dates for m in members if m.dates is not None and not m.implementation]
    if reports:
        return _intersect(reports)
    return _intersect(m.dates for m in members if m.dates is not None)


def profile(members: Sequence[Mention]) -> Profile:
    """Summarise a cluster for comparison with newcomers."""
    countries = Counter(m.country for m in members)
    return Profile(
        country=countries.most_common(1)[0][0] if countries else None,
        issuers=frozenset(m.issuer for m in members if m.issuer),
        occasions=frozenset(m.occasion for m in members if m.occasion),
        dates=cluster_dates(members),
        figures=tuple(m.figures for m in members if m.figures and not m.implementation),
        batches=frozenset(m.batch for m in members if m.batch),
        stories=frozenset(m.source for m in members),
        counts=frozenset(m.decree.count for m in members if m.decree.count is not None),
        rulers=frozenset(m.ruler for m in members if m.ruler),
        decree_numbers=frozenset(n for m in members for n in m.decree_numbers),
        numbers=frozenset(n for m in members for n in m.numbers),
        anniversaries=frozenset(n for m in members for n in m.anniversaries),
        exact=tuple(m.exact for m in members if m.exact is not None and not m.implementation),
        persons=tuple(dict.fromkeys(m.person for m in members if m.person)),
    )


def _gap(a: tuple[date, date] | None, b: tuple[date, date] | None) -> timedelta:
    if a is None or b is None:
        return timedelta(0)
    if a[1] < b[0]:
        return b[0] - a[1]
    if b[1] < a[0]:
        return a[0] - b[1]
    return timedelta(0)


# occasions that name a reason rather than a date: a report may give the pandemic
# or "another holiday" where another names the holiday itself
SOFT_OCCASIONS = frozenset({"covid19", "other", "ramadan"})


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each kind of agreement or disagreement counts (see the module doc).

    A mention joins a cluster when the sum reaches ``threshold``; a missing
    field adds nothing.  Calibrated on the dev split of the real-news corpus
    (``benchmarks/calibrate_grouping.py``); the figures are in docs/realnews.md.
    """

    same_occasion: float = 2.0
    other_occasion: float = -6.0
    same_ruler: float = 1.5
    same_office: float = 0.5
    other_issuer: float = -6.0
    exact_figure: float = 3.0
    # the same exact figure with three or more significant digits ("1,584",
    # "2,604", "415"): two decrees of one country almost never share one
    distinctive_figure: float = 6.0
    close_figure: float = 1.5  # within 20 %: a rounded or partial figure
    near_figure: float = 0.5  # within a factor of two: partial, or misread
    far_figure: float = -1.5  # beyond a factor of two (implementation reports exempt)
    # two exact figures, neither a rounding of the other, where one side has no
    # date to tell the years apart: on top of the ratio's score ("483" and
    # "334" are within a factor of two, yet two years' decrees of one custom)
    other_exact_figure: float = -3.0
    shared_number: float = 1.5  # each number both evidences give (parts), beyond the figure
    shared_numbers_cap: float = 3.0
    # both name the anniversary they mark, and not the same one ("52nd" and
    # "54th National Day"): one custom's decrees of two years
    other_anniversary: float = -6.0
    same_decree_number: float = 3.0
    other_decree_number: float = -3.0
    # a pardon of one named person: the same person ("Hunter" and "Hunter Biden")
    # places even an undated report; another person is another decree
    same_person: float = 6.0
    other_person: float = -6.0
    per_day: float = -0.3  # each day between the dates, after the first
    undated: float = -3.0  # no date at all: only the figures and numbers can place it
    # without a date, what the ruler and the holiday add at most (they can only
    # keep a report out: every year's decree of one custom shares them)
    undated_custom_cap: float = 0.0
    max_gap_days: int = 10  # never further apart than this
    threshold: float = 0.0


WEIGHTS = Weights()
# how far apart in time a report and its decree's cluster can be found at all
MAX_WINDOW = timedelta(days=WEIGHTS.max_gap_days)


def _occasion_score(mention: Mention, prof: Profile, w: Weights) -> float:
    own = {mention.occasion} - SOFT_OCCASIONS if mention.occasion else set()
    theirs = prof.occasions - SOFT_OCCASIONS
    if not own or not theirs:
        return 0.0
    return w.same_occasion if own & theirs else w.other_occasion


# an amnesty law is passed by the legislature and signed or proclaimed by the
# head of state: reports credit either, so the two never disagree
HEADS_OF_STATE = frozenset({"president", "king", "emir", "sultan"})


def _law_and_signature(offices: set[str]) -> bool:
    """Whether ``offices`` are the parliament and heads of state only."""
    return "parliament" in offices and offices - {"parliament"} <= HEADS_OF_STATE


def _issuer_score(mention: Mention, prof: Profile, w: Weights) -> float:
    """A ruler named by both agrees most; two different rulers, or two known
    offices that differ, disagree; a personal name that is no known ruler
    cannot be told apart from an office ("Sheikh X" vs "President")."""
    ruler = mention.ruler
    if ruler and prof.rulers:
        return w.same_ruler if ruler in prof.rulers else w.other_issuer
    issuer, issuers = mention.issuer, prof.issuers
    if not issuer or not issuers:
        return 0.0
    if issuer in issuers:
        return w.same_office
    offices = {i for i in issuers if i in normalise.OFFICE_KEYS}
    if issuer in normalise.OFFICE_KEYS:
        if _law_and_signature({issuer} | offices):
            return 0.0
        return w.other_issuer if offices else 0.0
    return 0.0 if offices and len(offices) == len(issuers) else w.other_issuer


def _figure_score(mention: Mention, prof: Profile, w: Weights, undated: bool) -> float:
    if mention.implementation or mention.figures is None or not prof.figures:
        return 0.0
    count = mention.decree.count
    if count is not None and count >= 10 and count in prof.counts:
        return w.distinctive_figure if significant_digits(count) >= 3 else w.exact_figure
    low, high = mention.figures

    def within(ratio: float) -> bool:
        return any(
            low <= other_high * ratio and other_low <= high * ratio
            for other_low, other_high in prof.figures
        )

    penalty = w.other_exact_figure if undated and _other_exact_figure(mention, prof) else 0.0
    if within(1.2):
        return w.close_figure + penalty
    if within(FIGURE_RATIO):
        return w.near_figure + penalty
    return w.far_figure + penalty


def significant_digits(number: int) -> int:
    """Digits of ``number`` once its trailing zeros are dropped: 1,584 has 4, 2,400 has 2."""
    digits = str(abs(number)).rstrip("0")
    return len(digits)


def rounding_of(a: int, b: int) -> bool:
    """Whether one of two figures is the other rounded or cut to two significant
    digits: "3,400" or "3,500" for 3,471, "6,100" for 6,134.  A figure of one
    significant digit ("6,000", "30") is too coarse to say: one custom gives
    about 6,000 every year."""
    for rough, fine in ((a, b), (b, a)):
        if rough == fine or rough % 10 or significant_digits(rough) != 2:
            continue
        step = 10 ** (len(str(rough)) - significant_digits(rough))
        if rough - step / 2 <= fine < rough + step:
            return True
    return False


def same_figure(a: int, b: int) -> bool:
    """Whether two exact figures can be one: within 1 % (a slip, a late
    correction) or one the rounding of the other."""
    return abs(a - b) <= max(a, b) * 0.01 + 1 or rounding_of(a, b)


def _other_exact_figure(mention: Mention, prof: Profile) -> bool:
    """Whether the report's exact figure disagrees with the cluster's exact
    figures: it matches none of them, or a figure of three significant digits
    or more ("1,584") meets another such figure it cannot be.  Implementation
    totals never disagree."""
    count, theirs = mention.exact, prof.exact
    if count is None or mention.implementation or not theirs:
        return False
    if not any(same_figure(count, other) for other in theirs):
        return True
    return significant_digits(count) >= 3 and any(
        significant_digits(other) >= 3 and not same_figure(count, other) for other in theirs
    )


def _numbers_score(mention: Mention, prof: Profile, w: Weights) -> float:
    """Numbers both evidences give (parts, anniversaries, years), the figure aside."""
    shared = {
        n for n in mention.numbers & prof.numbers if n < 100 or significant_digits(n) >= 2
    }  # "6,000" in two reports says little: one custom gives about that every year
    if mention.decree.count is not None:
        shared = shared - {mention.decree.count}
    return min(w.shared_numbers_cap, w.shared_number * len(shared))


def _batch_agrees(mention: Mention, prof: Profile) -> bool:
    if mention.batch is None:
        return True
    if mention.batch == "1":
        return not prof.batches or "1" in prof.batches
    return mention.batch in prof.batches


def score(
    mention: Mention,
    prof: Profile,
    weights: Weights = WEIGHTS,
    placed: tuple[date, date] | None = None,
) -> float | None:
    """How strongly the evidence says ``mention`` reports the cluster's decree.

    ``placed``: the dates a report without its own was placed at, by the
    cluster it joined on its figures (the merge pass weighs a cluster's
    undated reports by their cluster's dates, as their cluster was placed).

    ``None`` when a hard rule keeps them apart: another (or an unknown)
    country, another list of the same decree, or dates too far apart.  A
    copy of a story already in the cluster always belongs to it, unless its
    exact figure is none of the cluster's (a template reused another year).
    """
    # a copy of a wire text repeats its figures, a newsroom's template of another
    # year ("the Leader pardoned 2,654 ...", "... 3,388 ...") does not
    if mention.source in prof.stories and not _other_exact_figure(mention, prof):
        return float("inf")
    if mention.country is None or mention.country != prof.country:
        return None
    if not _batch_agrees(mention, prof):
        return None
    numbers = 0.0
    if mention.decree_numbers and prof.decree_numbers:
        shared = mention.decree_numbers & prof.decree_numbers
        numbers = weights.same_decree_number if shared else weights.other_decree_number
    if (
        mention.anniversaries
        and prof.anniversaries
        and not mention.anniversaries & prof.anniversaries
    ):
        numbers += weights.other_anniversary
    if mention.person is not None and prof.persons:
        same = any(normalise.same_person(mention.person, p) for p in prof.persons)
        numbers += weights.same_person if same else weights.other_person
    custom = _occasion_score(mention, prof, weights) + _issuer_score(mention, prof, weights)
    dates = mention.dates or placed
    undated = dates is None or prof.dates is None
    total = (
        numbers
        + _figure_score(mention, prof, weights, undated)
        + _numbers_score(mention, prof, weights)
    )
    if undated:
        # without a date, the same ruler and holiday are what one custom's decrees
        # of every year share: they can keep a report out, never bring it in
        return total + min(custom, weights.undated_custom_cap) + weights.undated
    total += custom
    gap = _gap(dates, prof.dates).days
    if gap > weights.max_gap_days:
        return None
    return total + weights.per_day * max(0, gap - 1)


def compatible(
    mention: Mention,
    prof: Profile,
    weights: Weights = WEIGHTS,
    placed: tuple[date, date] | None = None,
) -> bool:
    """Whether ``mention`` may report the decree the cluster stands for."""
    value = score(mention, prof, weights, placed)
    return value is not None and value >= weights.threshold


def _week(day: date) -> int:
    return day.toordinal() // 7


class _Index:
    """Clusters by country and week, so a mention is compared only with the
    clusters whose dates come within the largest window of its own."""

    def __init__(self) -> None:
        self.weeks: dict[tuple[str | None, int], set[int]] = {}
        self.undated: dict[str | None, set[int]] = {}
        self.every: dict[str | None, set[int]] = {}

    def add(self, index: int, prof: Profile) -> None:
        self.every.setdefault(prof.country, set()).add(index)
        if prof.dates is None:
            self.undated.setdefault(prof.country, set()).add(index)
            return
        first, last = _week(prof.dates[0] - MAX_WINDOW), _week(prof.dates[1] + MAX_WINDOW)
        for week in range(first, last + 1):
            self.weeks.setdefault((prof.country, week), set()).add(index)

    def near(self, mention: Mention) -> set[int]:
        if mention.dates is None:
            return set(self.every.get(mention.country, ()))
        out = set(self.undated.get(mention.country, ()))
        for week in range(_week(mention.dates[0]), _week(mention.dates[1]) + 1):
            out |= self.weeks.get((mention.country, week), set())
        return out


def assign(
    clusters: Sequence[Sequence[Mention]],
    mentions: Iterable[Mention],
    weights: Weights = WEIGHTS,
) -> list[list[Mention]]:
    """Place ``mentions`` (in publication order) into ``clusters`` or new ones.

    The existing clusters are never split; two of them merge only when the
    merge pass finds them compatible as wholes (a report bridged them).  The
    result lists the surviving given clusters first, in their given order, then
    the new clusters in order of founding.
    """
    out = [list(c) for c in clusters if c]
    profiles = [profile(c) for c in out]
    # ties go to the cluster founded first, whatever order the clusters came in
    founded = [min(m.sort_key() for m in c) for c in out]
    index = _Index()
    for i, prof in enumerate(profiles):
        index.add(i, prof)
    for mention in sorted(mentions, key=Mention.sort_key):
        best: tuple[tuple[float, int], tuple[datetime, str, int], int] | None = None
        for i in index.near(mention):
            value = score(mention, profiles[i], weights)
            if value is None or value < weights.threshold:
                continue
            gap = _gap(mention.dates, profiles[i].dates).days
            candidate = ((-value, gap), founded[i], i)
            if best is None or candidate < best:
                best = candidate
        if best is None:
            out.append([mention])
            profiles.append(profile([mention]))
            founded.append(mention.sort_key())
            index.add(len(out) - 1, profiles[-1])
        else:
            chosen = best[2]
            out[chosen].append(mention)
            profiles[chosen] = profile(out[chosen])
            index.add(chosen, profiles[chosen])
    return _merge_bridged(out, weights)


def _joinable(
    a: Sequence[Mention], b: Sequence[Mention], prof_a: Profile, prof_b: Profile, w: Weights
) -> bool:
    if prof_a.country is None or prof_a.country != prof_b.country:
        return False
    if _gap(prof_a.dates, prof_b.dates).days > w.max_gap_days or prof_a.batches != prof_b.batches:
        return False
    # a report without a date stands at its own cluster's dates
    return all(compatible(m, prof_a, w, prof_b.dates) for m in b) or all(
        compatible(m, prof_b, w, prof_a.dates) for m in a
    )


def _merge_bridged(clusters: list[list[Mention]], weights: Weights) -> list[list[Mention]]:
    """Merge clusters of one country that have become compatible as wholes.

    The earlier-founded cluster absorbs the other and keeps its place, so the
    given clusters still come first in their order.
    """
    out = [list(c) for c in clusters]
    profiles = [profile(c) for c in out]
    alive = [True] * len(out)
    merged = True
    while merged:
        merged = False
        by_country: dict[str | None, list[int]] = {}
        for i, prof in enumerate(profiles):
            if alive[i] and prof.country is not None:
                by_country.setdefault(prof.country, []).append(i)
        for members in by_country.values():
            for x, i in enumerate(members):
                for j in members[x + 1 :]:
                    if not (alive[i] and alive[j]):
                        continue
                    if _joinable(out[i], out[j], profiles[i], profiles[j], weights):
                        keep, gone = (i, j) if _first(out[i]) <= _first(out[j]) else (j, i)
                        out[keep].extend(out[gone])
                        out[gone] = []
                        alive[gone] = False
                        profiles[keep] = profile(out[keep])
                        merged = True
    return [c for c in out if c]


def _first(members: Sequence[Mention]) -> tuple[datetime, str, int]:
    return min(m.sort_key() for m in members)
