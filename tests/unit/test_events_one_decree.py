"""One decree, reported the ways real outlets report it, is one event.

The texts are ours: one invented Nowruz decree of Iran's Leader, told with
dates one and three days apart, with and without its occasion, with a rounded,
an exact and an implementation figure, and the issuer as an office, a name and
a name in Persian script.
"""

from datetime import UTC, date, datetime

import pytest

from pipeline.detect import detect
from pipeline.events.cluster import assign
from pipeline.events.mentions import Mention, mentions_from_detection

REPORTS = [
    (
        "exact, office, occasion",
        date(2025, 3, 19),
        "en",
        "Iran's Supreme Leader on Wednesday pardoned or reduced the sentences of 2,617 "
        "convicts on the occasion of Nowruz, the judiciary said.",
    ),
    (
        "rounded, name, no occasion, a day later",
        date(2025, 3, 20),
        "en",
        "Ayatollah Ali Khamenei has agreed to pardon more than 2,600 prisoners, state media "
        "reported on Thursday.",
    ),
    (
        "Persian script, exact",
        date(2025, 3, 19),
        "fa",
        "رهبر انقلاب با عفو و تخفیف مجازات ۲۶۱۷ نفر از محکومان به مناسبت عید نوروز موافقت کردند.",
    ),
    (
        "French, rounded, three days later",
        date(2025, 3, 22),
        "fr",
        "Le guide suprême iranien, l'ayatollah Khamenei, a gracié près de 2 600 détenus à "
        "l'occasion du Nouvel An persan, a annoncé mercredi l'autorité judiciaire.",
    ),
    (
        "implementation figure, three days later",
        date(2025, 3, 22),
        "en",
        "So far 1,950 of the prisoners covered by the Leader's Nowruz pardon have been "
        "released from Iranian jails, a judiciary official said on Saturday.",
    ),
]


def _mentions() -> list[Mention]:
    out: list[Mention] = []
    for number, (_, day, lang, text) in enumerate(REPORTS):
        published = datetime(day.year, day.month, day.day, 9, tzinfo=UTC)
        detection = detect(text, published=published, lang=lang)
        assert detection.is_pardon_announcement, text
        article = {"article_id": f"r{number}", "url": f"https://e{number}.example/a"}
        out += mentions_from_detection(
            {**article, "published": published}, detection.to_dict(), prior={}
        )
    return out


def test_every_report_of_one_decree_lands_in_one_event():
    clusters = assign([], _mentions())
    assert len(clusters) == 1


@pytest.mark.parametrize("rotation", range(len(REPORTS)))
def test_arrival_order_does_not_change_the_events(rotation):
    mentions = _mentions()
    order = mentions[rotation:] + mentions[:rotation]
    clusters: list[list[Mention]] = []
    for mention in order:
        clusters = assign(clusters, [mention])
    assert len(clusters) == 1


def test_a_different_decree_of_the_same_leader_weeks_later_stays_apart():
    other_text = (
        "Iran's Supreme Leader pardoned 1,120 convicts on the occasion of Eid al-Fitr, "
        "the judiciary said on Sunday."
    )
    published = datetime(2025, 3, 30, 9, tzinfo=UTC)
    detection = detect(other_text, published=published, lang="en")
    other = mentions_from_detection(
        {"article_id": "z", "url": "https://z.example/a", "published": published},
        detection.to_dict(),
        prior={},
    )
    clusters = assign([], _mentions() + other)
    assert sorted(len(c) for c in clusters) == [1, len(REPORTS)]
