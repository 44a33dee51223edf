from dataclasses import replace
from datetime import UTC, date, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from types import SimpleNamespace
from typing import cast

from pipeline.alerts.plan import PlannedAlert, Snapshot, state_of
from pipeline.alerts.render import clean_header, render_alert, safe_url, subject_for
from pipeline.alerts.subscribers import Subscriber
from pipeline.alerts.transport import smtp_config_from_connection
from pipeline.models import Claim, Event

NOW = datetime(2022, 2, 10, 12, tzinfo=UTC)
EVENT = Event(
    event_id="ev-ir",
    country="Iran",
    country_code="IR",
    issuer="Supreme Leader",
    announced_on=date(2022, 2, 10),
    occasion="Islamic Revolution anniversary",
    count=3388,
    confidence=0.9,
    sources=2,
    independent_sources=2,
    conditions=("first-time offenders",),
    exclusions=("espionage",),
    claims=(
        Claim(
            "ev-ir",
            "a1",
            "https://irna.ir/news/1",
            outlet="IRNA",
            count=3388,
            announced_on=date(2022, 2, 10),
            evidence=("The Leader pardoned 3,388 prisoners.",),
        ),
    ),
)
ANALYST = Subscriber("a@example.org", name="Analyst")


def render(event: Event = EVENT) -> EmailMessage:
    return render_alert(
        PlannedAlert(event, ANALYST, "new", 1, state_of(event)), sender="pw@example.org", now=NOW
    )


def parts(msg: EmailMessage) -> tuple[str, str]:
    text, html_part = msg.get_body(("plain",)), msg.get_body(("html",))
    assert text is not None and html_part is not None
    return text.get_content(), html_part.get_content()


def test_subject_names_country_issuer_count_occasion_and_date():
    assert subject_for(EVENT) == (
        "[PardonWatch] Iran: Supreme Leader pardons 3,388 prisoners"
        " (Islamic Revolution anniversary, 2022-02-10)"
    )


def test_subject_shows_a_range_for_vague_counts():
    vague = replace(EVENT, count=None, count_low=30_000, count_high=40_000)
    assert "pardons 30,000-40,000 prisoners" in subject_for(vague)


def test_email_is_multipart_alternative_with_every_field():
    msg = render()
    assert msg.get_content_type() == "multipart/alternative"
    text, _ = parts(msg)
    for needle in ("IRNA", "3,388", "first-time offenders", "espionage", "0.90", "ev-ir"):
        assert needle in text
    assert "The Leader pardoned 3,388 prisoners." in text


def test_script_in_scraped_title_is_escaped_in_html():
    hostile = replace(EVENT, issuer="<script>alert(1)</script>")
    _, html_body = parts(render(hostile))
    assert "<script" not in html_body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html_body


def test_header_injection_in_title_stays_in_the_subject_line():
    hostile = replace(EVENT, issuer="Leader\r\nBcc: evil@x")
    raw = render(hostile).as_bytes(policy=policy.SMTP)
    parsed = cast(EmailMessage, message_from_bytes(raw, policy=policy.default))
    assert parsed["Bcc"] is None
    assert "Leader Bcc: evil@x pardons" in str(parsed["Subject"])


def test_control_characters_and_length_are_bounded_in_headers():
    assert clean_header("a\x00b\x1bc\u2028d\u202ee", 100) == "a b c de"
    assert len(clean_header("x" * 1000)) == 200


def test_only_http_links_become_anchors():
    claims = (
        Claim("ev-ir", "a1", "javascript:alert(1)", outlet="Bad"),
        Claim("ev-ir", "a2", "https://ok.example/a?b=1&c=2", outlet="Good"),
    )
    _, html_body = parts(render(replace(EVENT, claims=claims)))
    assert 'href="javascript' not in html_body
    assert "javascript:alert(1)" in html_body
    assert '<a href="https://ok.example/a?b=1&amp;c=2">' in html_body
    assert safe_url("data:text/html,x") is None and safe_url("http:///nohost") is None


def test_html_has_no_images_or_scripts():
    _, html_body = parts(render())
    assert "<img" not in html_body and "<script" not in html_body and "src=" not in html_body


def test_followup_is_threaded_to_the_first_email():
    first = Snapshot(1, state_of(EVENT), "<pw-first@pardonwatch>", "[PardonWatch] first")
    changed = replace(EVENT, count=4000)
    alert = PlannedAlert(changed, ANALYST, "followup", 2, state_of(changed), ("new figure",), first)
    msg = render_alert(alert, sender="pw@example.org", now=NOW)
    assert (msg["In-Reply-To"], msg["References"]) == ("<pw-first@pardonwatch>",) * 2
    assert msg["Subject"] == "Re: [PardonWatch] first"
    assert "new figure" in parts(msg)[0]


def test_followup_without_a_sent_first_email_starts_no_thread():
    unsent = Snapshot(1, state_of(EVENT), None, "[PardonWatch] first")
    changed = replace(EVENT, count=4000)
    state = state_of(changed)
    alert = PlannedAlert(changed, ANALYST, "followup", 2, state, ("new figure",), unsent)
    msg = render_alert(alert, sender="pw@example.org", now=NOW)
    assert (msg["In-Reply-To"], msg["References"]) == (None, None)
    assert msg["X-PardonWatch-Kind"] == "followup"
    assert msg["Subject"] == subject_for(changed)  # not "Re:" to an email never received
    assert "Update" not in parts(msg)[0]


def test_airflow_connection_extras_map_to_tls_mode_and_sender():
    conn = SimpleNamespace(
        host="mail.example.org",
        port=None,
        login="u",
        password="p",
        extra_dejson={"disable_ssl": "true", "from_email": "alerts@example.org"},
    )
    config = smtp_config_from_connection(conn)
    assert (config.tls, config.port, config.sender) == ("starttls", 587, "alerts@example.org")
    conn.extra_dejson = {}
    assert smtp_config_from_connection(conn).tls == "ssl"
