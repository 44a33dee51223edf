"""Which mentions report the same decree: greedy, incremental, deterministic.

Mentions are taken in order of publication; each joins the best compatible
cluster or starts one.  A cluster is a list of mentions; its :class:`Profile`
summarises what a newcomer is compared with.

A mention is compatible with a cluster when

* the country is the same;
* the issuer is the same office, or either is unknown (a personal name
  agrees with any office, since the two cannot be told apart);
* the occasions are equal, or either is unknown (different occasions are
  different decrees, however close in time);
* the dates the mention allows lie within a window of the cluster's dates:
  ``SAME_OCCASION_WINDOW`` days when both occasions are known and equal,
  ``UNKNOWN_OCCASION_WINDOW`` otherwise;
* a report's figure range overlaps one of the cluster's report figures (an
  implementation report is exempt: totals differ from the announced figure);
* an explicit later list ("second list", "another group") only joins a
  cluster that carries the same marker.

Among compatible clusters the nearest in time wins, then the one agreeing
on issuer, occasion and figure, then the one founded first.  Clusters are
indexed by country and week, so a mention is compared with a handful of
clusters, not the archive.

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
    "SAME_OCCASION_WINDOW",
    "UNKNOWN_OCCASION_WINDOW",
    "Profile",
    "assign",
    "compatible",
    "profile",
]

SAME_OCCASION_WINDOW = timedelta(days=5)
FIGURE_RATIO = 2
UNKNOWN_OCCASION_WINDOW = timedelta(days=3)
MAX_WINDOW = max(SAME_OCCASION_WINDOW, UNKNOWN_OCCASION_WINDOW)


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


def _window(mention: Mention, prof: Profile) -> timedelta | None:
    """The largest date gap allowed, or ``None`` when occasions differ."""
    own = {mention.occasion} - SOFT_OCCASIONS if mention.occasion else set()
    theirs = prof.occasions - SOFT_OCCASIONS
    if own and theirs:
        if not own & theirs:
            return None
        return SAME_OCCASION_WINDOW
    return UNKNOWN_OCCASION_WINDOW


def _figures_agree(mention: Mention, prof: Profile) -> bool:
    if mention.implementation or mention.figures is None or not prof.figures:
        return True
    low, high = mention.figures
    # rounded, partial or misread figures still agree; one ten times the other does not
    return any(
        low <= other_high * FIGURE_RATIO and other_low <= high * FIGURE_RATIO
        for other_low, other_high in prof.figures
    )


def _batch_agrees(mention: Mention, prof: Profile) -> bool:
    if mention.batch is None:
        return True
    if mention.batch == "1":
        return not prof.batches or "1" in prof.batches
    return mention.batch in prof.batches


def _issuers_agree(issuer: str | None, issuers: frozenset[str]) -> bool:
    """Two known offices must be the same; a personal name ("Sheikh Mohamed
    bin Zayed") cannot be told apart from an office ("President"), so it only
    conflicts with a different name."""
    if not issuer or not issuers or issuer in issuers:
        return True
    offices = {i for i in issuers if i in normalise.OFFICE_KEYS}
    if issuer in normalise.OFFICE_KEYS:
        return not offices
    return bool(offices) and len(offices) == len(issuers)


def _same_exact_figure(mention: Mention, prof: Profile) -> bool:
    count = mention.decree.count
    return count is not None and count >= 10 and count in prof.counts


def compatible(mention: Mention, prof: Profile) -> bool:
    """Whether ``mention`` may report the decree the cluster stands for.

    A mention with no country or no date joins only a cluster of its own story
    (copies of one wire text): nothing else can place it.
    """
    if mention.source in prof.stories:
        return True
    if mention.country is None or mention.country != prof.country:
        return False
    if mention.dates is None or prof.dates is None:
        # undated: only the same exact figure, under no other occasion, places it
        return (
            _same_exact_figure(mention, prof)
            and _window(mention, prof) is not None
            and _issuers_agree(mention.issuer, prof.issuers)
        )
    if mention.country != prof.country:
        return False
    if not _issuers_agree(mention.issuer, prof.issuers):
        return False
    window = _window(mention, prof)
    if window is None or _gap(mention.dates, prof.dates) > window:
        return False
    return _figures_agree(mention, prof) and _batch_agrees(mention, prof)


def _score(mention: Mention, prof: Profile) -> tuple[int, int, int, int, int]:
    """Lower is better: the nearest date, then agreement on details."""
    gap = _gap(mention.dates, prof.dates).days
    same_issuer = 0 if mention.issuer and mention.issuer in prof.issuers else 1
    same_occasion = 0 if mention.occasion and mention.occasion in prof.occasions else 1
    figure_overlap = 0 if mention.figures and prof.figures and _figures_agree(mention, prof) else 1
    recency = 0
    if mention.dates and prof.dates:
        recency = abs((mention.dates[1] - prof.dates[1]).days)
    return gap, same_issuer, same_occasion, figure_overlap, recency


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
    clusters: Sequence[Sequence[Mention]], mentions: Iterable[Mention]
) -> list[list[Mention]]:
    """Place ``mentions`` (in publication order) into ``clusters`` or new ones.

    The existing clusters are not split or merged; the result lists them
    first, in their given order, then the new clusters in order of founding.
    """
    out = [list(c) for c in clusters if c]
    profiles = [profile(c) for c in out]
    # ties go to the cluster founded first, whatever order the clusters came in
    founded = [min(m.sort_key() for m in c) for c in out]
    index = _Index()
    for i, prof in enumerate(profiles):
        index.add(i, prof)
    for mention in sorted(mentions, key=Mention.sort_key):
        best: tuple[tuple[int, int, int, int, int], tuple[datetime, str, int], int] | None = None
        for i in index.near(mention):
            if compatible(mention, profiles[i]):
                candidate = (_score(mention, profiles[i]), founded[i], i)
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
    return _merge_bridged(out)


def _joinable(a: Sequence[Mention], b: Sequence[Mention], prof_a: Profile, prof_b: Profile) -> bool:
    if prof_a.country is None or prof_a.country != prof_b.country:
        return False
    if _gap(prof_a.dates, prof_b.dates) > MAX_WINDOW or prof_a.batches != prof_b.batches:
        return False
    return all(compatible(m, prof_a) for m in b) or all(compatible(m, prof_b) for m in a)


def _merge_bridged(clusters: list[list[Mention]]) -> list[list[Mention]]:
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
                    if _joinable(out[i], out[j], profiles[i], profiles[j]):
                        keep, gone = (i, j) if _first(out[i]) <= _first(out[j]) else (j, i)
                        out[keep].extend(out[gone])
                        out[gone] = []
                        alive[gone] = False
                        profiles[keep] = profile(out[keep])
                        merged = True
    return [c for c in out if c]


def _first(members: Sequence[Mention]) -> tuple[datetime, str, int]:
    return min(m.sort_key() for m in members)
