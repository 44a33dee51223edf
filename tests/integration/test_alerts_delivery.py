"""Alerts end to end: a real DuckDB ledger and a real SMTP server on loopback."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from smtp_fixtures import SmtpSink, free_port, smtp_server_fixture  # noqa: F401 (fixture)

from pipeline.alerts import (
    OutboxTransport,
    OutgoingMail,
    SmtpConfig,
    SmtpTransport,
    run_alerts,
    run_digest,
    smtp_config_from_airflow,
    transport_from_airflow,
)
from pipeline.alerts.transport import Transport
from pipeline.cli.alerts import alerts_group
from pipeline.models import Claim, Event
from pipeline.settings import Settings
from pipeline.store import Store
from pipeline.store import alerts as ledger

DAY = date(2022, 2, 10)
NOW = datetime(2022, 2, 10, 12, tzinfo=UTC)
IRAN = Event(
    event_id="ev-ir",
    country="Iran",
    country_code="IR",
    issuer="Supreme Leader",
    announced_on=DAY,
    occasion="Islamic Revolution anniversary",
    count=3388,
    confidence=0.9,
    sources=2,
    independent_sources=2,
    first_seen=datetime(2022, 2, 10, 8, tzinfo=UTC),
    last_updated=datetime(2022, 2, 10, 9, tzinfo=UTC),
    claims=(Claim("ev-ir", "a1", "https://irna.ir/1", outlet="IRNA", count=3388, language="fa"),),
)
SAUDI = replace(IRAN, event_id="ev-sa", country="Saudi Arabia", country_code="SA", count=500)
TWO = """subscribers:
  - email: iran@example.org
    mode: both
    filters: {countries: [IR]}
  - email: gulf@example.org
    filters: {countries: [Saudi Arabia]}
"""


def settings_for(tmp_path: Path, subscribers: str = TWO, port: int | None = None) -> Settings:
    path = tmp_path / "subscribers.yaml"
    path.write_text(subscribers)
    smtp = {"smtp_host": "127.0.0.1", "smtp_port": port} if port else {}
    return Settings(data_dir=tmp_path, subscribers=path, smtp_from="pw@example.org", **smtp)


@pytest.fixture
def store() -> Store:
    return Store.open(None)


@pytest.fixture
def refusing_smtp() -> Iterator[Callable[..., SmtpSink]]:
    """Start ``SmtpSink(**replies)`` servers that refuse what they are told to; stop them after."""
    started: list[SmtpSink] = []

    def start(**replies: Any) -> SmtpSink:
        started.append(SmtpSink(**replies).start())
        return started[-1]

    yield start
    for sink in started:
        sink.stop()


def statuses(store: Store) -> list[tuple[str, int, str, str, int]]:
    rows = ledger.list_alerts(store)
    return sorted(
        (r["event_id"], r["version"], r["recipient"], r["status"], r["attempts"]) for r in rows
    )


def test_new_decree_is_delivered_once_per_recipient(store, tmp_path, smtp_server):
    settings = settings_for(tmp_path, port=smtp_server.port)
    outcome = run_alerts(store, settings, now=NOW, events=[IRAN, SAUDI])
    assert (outcome.planned, outcome.sent, outcome.pending) == (2, 2, 0)
    got = {r.rcpt_tos[0]: r.message for r in smtp_server.received}
    assert got["iran@example.org"]["Subject"].startswith("[PardonWatch] Iran: Supreme Leader")
    assert "Saudi Arabia" in got["gulf@example.org"]["Subject"]
    assert got["iran@example.org"].get_content_type() == "multipart/alternative"


def test_filters_keep_other_countries_away(store, tmp_path, smtp_server):
    run_alerts(store, settings_for(tmp_path, port=smtp_server.port), now=NOW, events=[IRAN])
    assert [r.rcpt_tos for r in smtp_server.received] == [["iran@example.org"]]


def test_run_retried_after_success_sends_nothing(store, tmp_path, smtp_server):
    settings = settings_for(tmp_path, port=smtp_server.port)
    run_alerts(store, settings, now=NOW, events=[IRAN])
    again = run_alerts(store, settings, now=NOW + timedelta(hours=1), events=[IRAN])
    assert (again.planned, again.sent) == (0, 0)
    assert len(smtp_server.received) == 1


def test_material_change_sends_one_followup_threaded_to_the_first(store, tmp_path, smtp_server):
    settings = settings_for(tmp_path, port=smtp_server.port)
    run_alerts(store, settings, now=NOW, events=[IRAN])
    changed = replace(IRAN, count=4000, independent_sources=3)
    run_alerts(store, settings, now=NOW + timedelta(hours=1), events=[changed])
    run_alerts(store, settings, now=NOW + timedelta(hours=2), events=[changed])
    first, follow = smtp_server.messages()
    assert follow["In-Reply-To"] == follow["References"] == first["Message-ID"]
    body = follow.get_body(("plain",))
    assert (
        body is not None
        and "new figure 4,000 outside the alerted figure 3,388" in body.get_content()
    )
    assert [v for _, v, *_ in statuses(store)] == [1, 2]


def test_followups_thread_to_the_first_email_that_was_sent(store, tmp_path, refusing_smtp):
    sink = refusing_smtp(rcpt_replies={"iran@example.org": "550 5.1.1 No such user here"})
    settings = settings_for(tmp_path, port=sink.port)
    run_alerts(store, settings, now=NOW, events=[IRAN])  # v1 refused: failed, never delivered
    sink.rcpt_replies.clear()
    changed = replace(IRAN, count=4000, independent_sources=3)
    run_alerts(store, settings, now=NOW + timedelta(hours=1), events=[changed])
    again = replace(changed, independent_sources=4)
    run_alerts(store, settings, now=NOW + timedelta(hours=2), events=[again])
    assert [s for *_, s, _ in statuses(store)] == ["failed", "sent", "sent"]
    second, third = sink.messages()
    assert (second["In-Reply-To"], second["References"]) == (None, None)
    assert not second["Subject"].startswith("Re:")
    assert third["In-Reply-To"] == third["References"] == second["Message-ID"]
    assert third["Subject"] == f"Re: {second['Subject']}"


def test_daily_digest_is_sent_once_per_day(store, tmp_path, smtp_server):
    settings = settings_for(tmp_path, port=smtp_server.port)
    first = run_digest(store, settings, day=DAY, now=NOW, events=[IRAN])
    second = run_digest(store, settings, day=DAY, now=NOW + timedelta(hours=1), events=[IRAN])
    assert (first.sent, second.planned, second.sent) == (1, 0, 0)
    [digest] = smtp_server.messages()
    assert digest["Subject"] == "[PardonWatch] Daily digest 2022-02-10: 1 new, 0 updated"


def test_no_digest_on_an_empty_day(store, tmp_path, smtp_server):
    settings = settings_for(tmp_path, port=smtp_server.port)
    outcome = run_digest(store, settings, day=date(2022, 3, 1), now=NOW, events=[IRAN])
    assert (outcome.planned, smtp_server.received) == (0, [])


def test_nothing_new_note_when_the_subscriber_asks(store, tmp_path, smtp_server):
    subs = "subscribers:\n  - email: d@example.org\n    mode: digest\n    nothing_new: true\n"
    settings = settings_for(tmp_path, subs, port=smtp_server.port)
    run_digest(store, settings, day=date(2022, 3, 1), now=NOW, events=[IRAN])
    [note] = smtp_server.messages()
    assert note["Subject"] == "[PardonWatch] Daily digest 2022-03-01: nothing new"


def test_smtp_down_for_a_day_then_up_loses_and_doubles_nothing(store, tmp_path):
    port = free_port()
    settings = settings_for(tmp_path, port=port)
    for hour in range(25):  # hourly runs while nothing listens on the port
        down = run_alerts(store, settings, now=NOW + timedelta(hours=hour), events=[IRAN, SAUDI])
        assert down.sent == 0 and down.failed == 0
    assert {s for *_, s, _ in statuses(store)} == {"pending"}
    assert all(0 < attempts < settings.alert_max_attempts for *_, attempts in statuses(store))
    sink = SmtpSink(port).start()
    try:
        later = [NOW + timedelta(hours=h) for h in range(25, 49)]
        sent = [run_alerts(store, settings, now=t, events=[IRAN, SAUDI]).sent for t in later]
    finally:
        sink.stop()
    assert sum(sent) == 2 and ledger.pending_count(store) == 0
    assert sorted(r.rcpt_tos[0] for r in sink.received) == ["gulf@example.org", "iran@example.org"]


def test_alert_is_marked_failed_after_max_attempts(store, tmp_path):
    settings = settings_for(tmp_path, port=free_port()).replace(alert_max_attempts=2)
    run_alerts(store, settings, now=NOW, events=[IRAN])
    last = run_alerts(store, settings, now=NOW + timedelta(days=1), events=[IRAN])
    assert (last.failed, last.pending) == (1, 0)
    [row] = ledger.list_alerts(store)
    assert row["status"] == "failed" and "cannot connect" in row["last_error"]


def test_recipient_refused_with_550_fails_at_once_and_is_not_retried(
    store, tmp_path, refusing_smtp
):
    sink = refusing_smtp(rcpt_replies={"iran@example.org": "550 5.1.1 No such user here"})
    settings = settings_for(tmp_path, port=sink.port)
    first = run_alerts(store, settings, now=NOW, events=[IRAN, SAUDI])
    later = run_alerts(store, settings, now=NOW + timedelta(days=2), events=[IRAN, SAUDI])
    assert (first.sent, first.failed, first.pending) == (1, 1, 0)
    assert (later.sent, later.failed, later.pending) == (0, 0, 0)
    assert statuses(store) == [
        ("ev-ir", 1, "iran@example.org", "failed", 1),
        ("ev-sa", 1, "gulf@example.org", "sent", 1),
    ]
    assert len(sink.refused) == 1 and [r.rcpt_tos for r in sink.received] == [["gulf@example.org"]]
    [row] = ledger.list_alerts(store, status="failed")
    assert "iran@example.org: 550 5.1.1 No such user here" in row["last_error"]


def test_recipient_deferred_with_451_stays_pending_until_accepted(store, tmp_path, refusing_smtp):
    sink = refusing_smtp(rcpt_replies={"iran@example.org": "451 4.3.0 Try again later"})
    settings = settings_for(tmp_path, port=sink.port)
    first = run_alerts(store, settings, now=NOW, events=[IRAN])
    assert (first.failed, first.pending) == (0, 1)
    [row] = ledger.list_alerts(store)
    assert "451" in row["last_error"]
    run_alerts(store, settings, now=NOW + timedelta(hours=1), events=[IRAN])
    assert statuses(store) == [("ev-ir", 1, "iran@example.org", "pending", 2)]
    sink.rcpt_replies.clear()
    run_alerts(store, settings, now=NOW + timedelta(hours=2), events=[IRAN])
    assert statuses(store) == [("ev-ir", 1, "iran@example.org", "sent", 3)]
    assert len(sink.refused) == 2 and len(sink.received) == 1


@pytest.mark.parametrize(
    ("replies", "status", "error"),
    [
        ({"data_reply": "554 5.7.1 Rejected as spam"}, "failed", "554 5.7.1 Rejected as spam"),
        ({"data_reply": "452 4.3.1 Out of storage"}, "pending", "452"),
        ({"mail_reply": "553 5.7.1 Sender not allowed"}, "failed", "553 5.7.1 Sender not allowed"),
        ({"mail_reply": "421 4.7.0 Too busy"}, "pending", "421"),
    ],
)
def test_5xx_for_sender_or_data_fails_at_once_and_4xx_is_retried(
    store, tmp_path, refusing_smtp, replies, status, error
):
    sink = refusing_smtp(**replies)
    settings = settings_for(tmp_path, port=sink.port)
    run_alerts(store, settings, now=NOW, events=[IRAN])
    run_alerts(store, settings, now=NOW + timedelta(hours=1), events=[IRAN])
    [row] = ledger.list_alerts(store)
    assert (row["status"], row["attempts"]) == (status, 1 if status == "failed" else 2)
    assert error in row["last_error"] and sink.received == []


class Crash(BaseException):
    """The process dies: nothing after the send runs, not even error handling."""


class CrashAfterSend:
    def __init__(self, inner: Transport) -> None:
        self.inner, self.sender = inner, inner.sender

    def send(self, mail: OutgoingMail) -> str:
        self.inner.send(mail)
        raise Crash

    def close(self) -> None:
        self.inner.close()


def test_crash_between_send_and_mark_resends_once_with_the_same_message_id(tmp_path, smtp_server):
    settings = settings_for(tmp_path, port=smtp_server.port)
    crashing = CrashAfterSend(SmtpTransport(SmtpConfig.from_settings(settings)))
    with Store.open(tmp_path / "pw.duckdb") as store, pytest.raises(Crash):
        run_alerts(store, settings, now=NOW, events=[IRAN], transport=crashing)
    with Store.open(tmp_path / "pw.duckdb") as store:  # a new process after the crash
        assert statuses(store) == [("ev-ir", 1, "iran@example.org", "sending", 1)]
        resent = run_alerts(store, settings, now=NOW + timedelta(minutes=5), events=[IRAN])
        later = run_alerts(store, settings, now=NOW + timedelta(hours=1), events=[IRAN])
        assert statuses(store) == [("ev-ir", 1, "iran@example.org", "sent", 2)]
    assert (resent.sent, later.sent) == (1, 0)
    first, duplicate = smtp_server.received
    assert first.data == duplicate.data
    assert first.message["Message-ID"] == duplicate.message["Message-ID"]


def test_hostile_title_cannot_add_recipients_or_markup(store, tmp_path, smtp_server):
    hostile = replace(IRAN, issuer="<script>alert(1)</script>\r\nBcc: evil@x")
    run_alerts(store, settings_for(tmp_path, port=smtp_server.port), now=NOW, events=[hostile])
    [received] = smtp_server.received
    assert received.rcpt_tos == ["iran@example.org"]
    msg = received.message
    assert msg["Bcc"] is None and "\n" not in str(msg["Subject"])
    html_part = msg.get_body(("html",))
    assert html_part is not None and "<script" not in html_part.get_content()


def test_without_smtp_host_emails_go_to_the_outbox(store, tmp_path):
    settings = settings_for(tmp_path)
    outcome = run_alerts(store, settings, now=NOW, events=[IRAN, SAUDI])
    assert sorted(p.parent for p in outcome.outbox) == [settings.outbox_dir] * 2
    assert all(p.read_bytes().startswith(b"From: PardonWatch") for p in outcome.outbox)
    assert run_alerts(store, settings, now=NOW, events=[IRAN, SAUDI]).outbox == ()


def test_outbox_rewrite_of_the_same_message_id_is_idempotent(tmp_path):
    outbox = OutboxTransport(tmp_path / "outbox", "pw@example.org")
    mail = OutgoingMail("<pw-abc@pardonwatch>", "pw@example.org", "a@example.org", b"x")
    assert outbox.send(mail) == outbox.send(mail) == str(tmp_path / "outbox" / "pw-abc.eml")
    assert len(list((tmp_path / "outbox").iterdir())) == 1


def test_airflow_smtp_default_connection_delivers_and_its_absence_falls_back(
    store, tmp_path, smtp_server, monkeypatch
):
    if "airflow" not in sys.modules:
        monkeypatch.setenv("AIRFLOW_HOME", str(tmp_path / "airflow"))
    monkeypatch.setenv(
        "AIRFLOW_CONN_SMTP_DEFAULT",
        f"smtp://127.0.0.1:{smtp_server.port}"
        "?disable_ssl=true&disable_tls=true&from_email=alerts%40example.org",
    )
    transport = SmtpTransport(smtp_config_from_airflow())
    run_alerts(store, settings_for(tmp_path), now=NOW, events=[IRAN], transport=transport)
    [received] = smtp_server.received
    assert received.mail_from == "alerts@example.org"
    fallback = transport_from_airflow(settings_for(tmp_path), conn_id="pw_no_such_connection")
    assert isinstance(fallback, OutboxTransport)


def test_cli_send_list_and_preview(tmp_path, monkeypatch):
    fresh = [replace(e, last_updated=datetime.now(UTC)) for e in (IRAN, SAUDI)]
    fake = types.ModuleType("pipeline.store.events")
    fake.load_events = lambda store, event_ids=None, *, since=None: [  # type: ignore[attr-defined]
        e for e in fresh if event_ids is None or e.event_id in event_ids
    ]
    monkeypatch.setitem(sys.modules, "pipeline.store.events", fake)
    settings = settings_for(tmp_path)
    Store.open(settings.db).close()  # `alerts send` works on an existing database only
    runner = CliRunner()
    sent = runner.invoke(alerts_group, ["send"], obj=settings)
    assert sent.exit_code == 0, sent.output
    assert "planned 2, sent 2" in sent.output and str(settings.outbox_dir) in sent.output
    listed = runner.invoke(alerts_group, ["list"], obj=settings, env={"COLUMNS": "200"})
    assert "iran@example.org" in listed.output and "sent" in listed.output
    html_file = tmp_path / "preview.html"
    runner.invoke(
        alerts_group, ["preview", "ev-ir", "--html", "--to", str(html_file)], obj=settings
    )
    assert '<h2 dir="auto">Iran: Supreme Leader pardons 3,388 prisoners' in html_file.read_text()
