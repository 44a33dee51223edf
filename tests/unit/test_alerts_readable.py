"""What a recipient reads: sources with headline and date, the claim summary,
implementation reports labelled, old decrees worded "newly found", a footer
with the matched filters, the sender's Message-ID domain, failed feeds."""

from dataclasses import replace
from datetime import UTC, date, datetime
from email.message import EmailMessage

from pipeline.alerts.plan import PlannedAlert, PlannedDigest, plan_alerts, sender_domain
from pipeline.alerts.render import render_alert, render_digest
from pipeline.alerts.subscribers import Filters, Subscriber, parse_subscribers
from pipeline.models import Claim, Event

FOUND = datetime(2023, 3, 14, 9, tzinfo=UTC)
EVENT = Event(
    event_id="ev-ir-2023",
    country="Iran",
    country_code="IR",
    issuer="Supreme Leader",
    announced_on=date(2023, 2, 5),
    count_low=30_000,
    count_high=40_000,
    confidence=0.9,
    sources=2,
    independent_sources=2,
    first_seen=datetime(2023, 2, 6, 8, tzinfo=UTC),
    last_updated=FOUND,
    spread="30,000-40,000 (Gulf Ledger) claimed; 82,656 (Meridian Wire) in a later"
    " implementation report",
    claims=(
        Claim(
            "ev-ir-2023",
            "a1",
            "https://gulf.example/news/1",
            title="Leader offers amnesty to protesters on conditions",
            outlet="Gulf Ledger",
            published=datetime(2023, 2, 6, 7, tzinfo=UTC),
            count_low=30_000,
            count_high=40_000,
        ),
        Claim(
            "ev-ir-2023",
            "a2",
            "https://meridian.example/news/2",
            title="Judiciary says 82,656 pardoned",
            outlet="Meridian Wire",
            published=datetime(2023, 3, 13, 7, tzinfo=UTC),
            count=82_656,
            kind="implementation",
        ),
    ),
)
IRAN_DESK = Subscriber("desk@example.org", filters=Filters(countries=frozenset({"ir"})))


def _plan(event: Event = EVENT, subscriber: Subscriber = IRAN_DESK) -> list[PlannedAlert]:
    return plan_alerts([event], [subscriber], {}, min_confidence=0.6)


def _html(msg: EmailMessage) -> str:
    part = msg.get_body(("html",))
    assert part is not None
    return str(part.get_content())


def _text(msg: EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None
    return str(part.get_content())


def _mail(event: Event = EVENT) -> EmailMessage:
    [alert] = _plan(event)
    return render_alert(alert, sender="alerts@ngo.example", now=FOUND)


def test_each_source_shows_its_headline_as_link_text_and_its_publication_date():
    body = _html(_mail())
    assert (
        '<a href="https://gulf.example/news/1">'
        "Leader offers amnesty to protesters on conditions</a>" in body
    )
    assert "2023-02-06" in body and "2023-03-13" in body


def test_an_implementation_report_is_labelled_and_the_claim_summary_is_in_the_email():
    text = _text(_mail())
    assert (
        "Meridian Wire | 82,656 | decree not stated | published 2023-03-13"
        " | later implementation report" in text
    )
    assert "Claims:" in text and "82,656 (Meridian Wire) in a later implementation report" in text


def test_the_footer_says_which_filters_matched_and_how_to_stop():
    text = _text(_mail())
    assert "It matched your filters: country Iran (your filter: IR)" in text
    assert "To stop or change these alerts" in text and "desk@example.org" in text


def test_the_message_id_comes_from_the_sender_domain():
    [alert] = plan_alerts([EVENT], [IRAN_DESK], {}, min_confidence=0.6, domain="ngo.example")
    assert alert.message_id.endswith("@ngo.example>")
    assert sender_domain("PardonWatch <alerts@NGO.example>") == "ngo.example"
    assert sender_domain("not an address") == "pardonwatch"


OLD = replace(EVENT, announced_on=date(2014, 2, 10), first_seen=FOUND)


def test_a_decree_older_than_sixty_days_when_found_gets_no_new_alert_by_default():
    assert _plan(OLD) == []


def test_a_subscriber_who_wants_old_decrees_gets_them_worded_newly_found():
    entry = "subscribers:\n  - email: archive@example.org\n    max_age_days: null\n"
    [archivist] = parse_subscribers(entry)
    [alert] = _plan(OLD, archivist)
    msg = render_alert(alert, sender="alerts@ngo.example", now=FOUND)
    assert str(msg["Subject"]).startswith("[PardonWatch] Newly found: ")
    assert "A newly found decree (announced 2014-02-10" in _text(msg)
    assert "A new pardon" not in _text(msg)


def test_a_recent_decree_is_still_a_new_decree():
    msg = _mail(replace(EVENT, first_seen=datetime(2023, 2, 6, tzinfo=UTC)))
    assert "A new pardon or amnesty decree matches your filters." in _text(msg)


def test_the_digest_says_how_many_feeds_failed():
    quiet = PlannedDigest(IRAN_DESK, date(2023, 3, 14), feeds=(12, 38))
    text = _text(render_digest(quiet, sender="alerts@ngo.example", now=FOUND))
    assert "12 of 38 feeds failed on 2023-03-14." in text
    assert "decrees may have been missed" in text
