"""v_expected_pardons on a real DuckDB file: found vs missed, regularity, the
missed-custom alert (exactly once) and the digest's coming occasions."""

from __future__ import annotations

import email
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import duckdb
import pytest
from events_helpers import NOW, decree, put, seed

from pipeline.alerts import run_alerts, run_digest
from pipeline.events import update_events
from pipeline.settings import Settings
from pipeline.store import SQL_DIR, Store
from pipeline.store.customs import expected_pardons, refresh_occasions

TODAY = date(2025, 6, 1)


def _nowruz(article_id: str, day: date, count: int):  # type: ignore[no-untyped-def]
    return seed(
        article_id,
        day,
        decree(count=count, count_text=str(count), announced_on=day, occasion="nowruz"),
    )


def _archive(store: Store) -> None:
    """Nowruz pardons in 2023 and 2024, none in 2025; a Jordanian custom on 25 May."""
    seeds = [
        _nowruz("nowruz-2023", date(2023, 3, 19), 1_000),
        _nowruz("nowruz-2024", date(2024, 3, 18), 2_000),
        *(
            seed(
                f"jo-{year}",
                date(year, 5, 25),
                decree(country="Jordan", country_code="JO", issuer="King",
                       count=500, announced_on=date(year, 5, 25), occasion="independence_day"),
            )
            for year in (2023, 2024)
        ),
    ]  # fmt: skip
    update_events(store, put(store, *seeds), now=NOW)
    refresh_occasions(store, today=TODAY)


def _row(store: Store, code: str, custom: str, day: str) -> dict:
    rows = [
        r
        for r in expected_pardons(store)
        if (r["country_code"], r["custom"], r["occasion_date"].isoformat()) == (code, custom, day)
    ]
    assert len(rows) == 1, (code, custom, day)
    return rows[0]


def test_an_occasion_with_a_decree_is_found(store: Store):
    _archive(store)
    row = _row(store, "IR", "nowruz", "2024-03-20")
    assert row["found"] and row["status"] == "found" and row["decree_date"] == date(2024, 3, 18)
    assert row["event_id"].startswith("ev_")


def test_an_occasion_without_a_decree_past_its_window_is_missed(store: Store):
    _archive(store)
    row = _row(store, "IR", "nowruz", "2025-03-21")
    assert not row["found"] and row["status"] == "missed"
    assert (row["prior_found"], row["prior_occasions"]) == (2, 2)
    assert row["regularity"] == "found in 2 of the last 2 years"


def test_occasions_before_the_countrys_first_decree_are_not_covered(store: Store):
    _archive(store)
    row = _row(store, "IR", "revolution_anniversary", "2023-02-11")
    assert row["status"] == "not covered" and not row["covered"]


def test_customs_are_learned_from_past_decrees(store: Store):
    _archive(store)
    row = _row(store, "JO", "learned_independence_day", "2025-05-25")
    assert row["source"] == "history" and row["status"] == "missed"


def test_refreshing_twice_writes_the_same_rows(store: Store):
    _archive(store)
    first = store.query("select * from expected_occasions order by all")
    refresh_occasions(store, today=TODAY)
    assert store.query("select * from expected_occasions order by all") == first


def test_the_calendar_is_rebuilt_only_when_its_inputs_change(store: Store, tmp_path: Path):
    _archive(store)
    assert refresh_occasions(store, today=TODAY) == -1  # same decrees, same year: kept
    # a new year's decree for a learned custom changes the history: rebuilt
    update_events(
        store,
        put(store, _nowruz("nowruz-2025", date(2025, 3, 20), 3_000)),
        now=NOW,
    )
    assert refresh_occasions(store, today=TODAY) > 0
    row = _row(store, "IR", "nowruz", "2025-03-21")
    assert row["status"] == "found"
    # another customs file is another input
    other = tmp_path / "customs.yaml"
    other.write_text("customs: []\n", encoding="utf-8")
    assert refresh_occasions(store, today=TODAY, customs_file=other) >= 0
    assert not [r for r in expected_pardons(store) if r["source"] == "curated"]


SUBSCRIBERS = """subscribers:
  - email: watcher@example.org
    mode: both
    nothing_new: true
    missed_customs: 3
    filters: {countries: [Iran]}
  - email: quiet@example.org
    mode: instant
"""


@pytest.fixture
def watched(tmp_path: Path) -> Settings:
    (tmp_path / "subscribers.yaml").write_text(SUBSCRIBERS)
    settings = Settings(data_dir=tmp_path / "data", subscribers=tmp_path / "subscribers.yaml")
    with Store.open(settings.db) as store:
        _archive(store)
    return settings


def _outbox(settings: Settings) -> list[EmailMessage]:
    return [
        email.message_from_bytes(p.read_bytes(), _class=EmailMessage, policy=default)
        for p in sorted(settings.outbox_dir.glob("*.eml"))
    ]


def test_a_missed_custom_alerts_once_across_reruns(watched: Settings):
    moments = [datetime(2025, 3, 23, 8, tzinfo=UTC)]  # 2 days after Nowruz: not yet
    moments += [datetime(2025, 3, 24, 8, tzinfo=UTC)] * 2  # 3 days after, twice
    moments += [datetime(2025, 3, 27, 8, tzinfo=UTC)]  # later again
    sent = []
    for moment in moments:
        with Store.open(watched.db) as store:
            sent.append(run_alerts(store, watched, now=moment).sent)
    assert sent == [0, 1, 0, 0]
    (mail,) = _outbox(watched)
    assert mail["To"] == "watcher@example.org"
    assert mail["X-PardonWatch-Kind"] == "missed"
    assert mail["Subject"] == (
        "[PardonWatch] No Nowruz pardon reported for Iran 3 days after the occasion;"
        " one was reported in each of the last 2 years"
    )
    with Store.open(watched.db) as store:
        assert store.query("select count(*) as n from alerts where kind = 'missed'")[0]["n"] == 1


def test_the_digest_lists_the_coming_occasions_of_the_followed_countries(watched: Settings):
    with Store.open(watched.db) as store:
        run_digest(store, watched, day=date(2025, 3, 12), now=datetime(2025, 3, 12, 7, tzinfo=UTC))
    (mail,) = [m for m in _outbox(watched) if m["X-PardonWatch-Kind"] == "digest"]
    text = mail.get_body(("plain",)).get_content()
    assert "Customary pardon occasions coming up" in text
    assert "* 2025-03-21: Iran, Nowruz (kept in 2 of the last 2 years)" in text
    assert "Morocco" not in text  # not a country this subscriber follows


def test_the_migration_keeps_the_alerts_already_in_the_ledger(tmp_path: Path):
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute(
            "create table schema_migrations"
            " (version integer primary key, name varchar not null, applied_at timestamptz not null)"
        )
        for version, name in enumerate(("001_core.sql", "002_events.sql", "003_alerts.sql"), 1):
            con.execute((SQL_DIR / "schema" / name).read_text())
            con.execute("insert into schema_migrations values (?, ?, now())", [version, name])
        con.execute(
            "insert into alerts (event_id, version, recipient, kind, message_id, subject, sender,"
            " message, next_attempt_at, created_at, status)"
            " values ('ev_1', 1, 'a@example.org', 'new', '<m1>', 's', 'x', '\\x00'::blob,"
            " now(), now(), 'sent')"
        )
    with Store.open(path) as store:
        assert store.query("select event_id, kind, status from alerts") == [
            {"event_id": "ev_1", "kind": "new", "status": "sent"}
        ]
        store.run(
            "alerts_insert",
            {"event_id": "missed:IR:nowruz:2025-03-21", "version": 1, "recipient": "a@example.org",
             "kind": "missed", "message_id": "<m2>", "subject": "s", "sender": "x",
             "message": b"m", "snapshot": None, "reasons": [], "thread_root": None, "now": NOW},
        )  # fmt: skip
        assert store.counts(["alerts"]) == {"alerts": 2}
