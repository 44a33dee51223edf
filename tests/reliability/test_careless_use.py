"""Careless use: another --db, a mistyped path, every feed down, a busy demo port,
a feed longer than the entry cap."""

from __future__ import annotations

import socket
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from support import Reply

from pipeline.cli import main
from pipeline.feeds import parse_feed
from pipeline.newsroom import NewsroomError, serve_newsroom
from pipeline.settings import Settings

NOW = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)


# -- --db takes its companions along ------------------------------------
def test_another_db_publishes_beside_itself_not_over_the_default_copy(tmp_path):
    s = Settings.from_env({}, db=tmp_path / "other" / "trial.duckdb")
    assert s.published_db == tmp_path / "other" / "published" / "trial.duckdb"
    assert s.outbox_dir == tmp_path / "other" / "outbox"
    assert s.staging_dir == tmp_path / "other" / "staging"


def test_the_default_layout_is_unchanged():
    s = Settings.from_env({"PARDONWATCH_DATA_DIR": "/srv/pw"})
    assert s.published_db == Path("/srv/pw/published/pardonwatch.duckdb")
    assert s.staging_dir == Path("/srv/pw/staging")


def test_companions_set_in_the_environment_stay_with_the_environments_db():
    env = {"PARDONWATCH_DB": "/srv/pw.duckdb", "PARDONWATCH_PUBLISHED_DB": "/pub/pw.duckdb"}
    assert Settings.from_env(env, db=Path("/srv/pw.duckdb")).published_db == Path("/pub/pw.duckdb")
    assert Settings.from_env(env, db=Path("/tmp/x.duckdb")).published_db == Path(
        "/tmp/published/x.duckdb"
    )


def test_companions_given_with_the_db_are_kept():
    s = Settings.from_env({}, db=Path("/a/x.duckdb"), published_db=Path("/b/copy.duckdb"))
    assert s.published_db == Path("/b/copy.duckdb")


def test_import_and_sql_with_another_db_never_touch_the_default_copy(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the default data folder would be ./data
    lines = tmp_path / "one.jsonl"
    lines.write_text('{"url": "https://example.org/n/1", "text": "' + "A note. " * 40 + '"}\n')
    other = tmp_path / "trial" / "x.duckdb"
    runner = CliRunner()
    assert runner.invoke(main, ["--db", str(other), "import", str(lines)]).exit_code == 0
    result = runner.invoke(
        main, ["--db", str(other), "sql", "select count(*) as n from articles", "--format", "csv"]
    )
    assert result.output.splitlines() == ["n", "1"]
    assert (tmp_path / "trial" / "published" / "x.duckdb").is_file()
    assert not (tmp_path / "data").exists()


# -- read-only commands never create anything ---------------------------
@pytest.mark.parametrize(
    "args",
    [
        ["sql", "select 1"],
        ["events"],
        ["runs"],
        ["alerts", "list"],
        ["alerts", "preview", "ev_x"],
        ["events", "merge", "ev_a", "ev_b"],
        ["reprocess"],
    ],
    ids=lambda a: " ".join(a),
)
def test_a_mistyped_db_is_a_clear_error_and_creates_nothing(tmp_path, args):
    missing = tmp_path / "typo" / "pardonwatch.duckdb"
    result = CliRunner().invoke(main, ["--db", str(missing), *args])
    assert result.exit_code == 1
    assert "no database at" in result.output and "typo" in result.output
    assert not (tmp_path / "typo").exists()


def test_feeds_list_without_a_database_creates_none(tmp_path):
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n  - url: https://example.org/rss\n    name: Example\n")
    missing = tmp_path / "typo" / "pardonwatch.duckdb"
    args = ["--db", str(missing), "--feeds", str(feeds), "feeds", "list"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0
    assert "no database at" in result.output and "never" in result.output
    assert not (tmp_path / "typo").exists()


# -- every feed failed --------------------------------------------------
def _cli_env(settings: Settings) -> dict[str, str]:
    return {
        "PARDONWATCH_ALLOW_PRIVATE_NETWORKS": "true",
        "PARDONWATCH_PER_HOST_DELAY": "0",
        "PARDONWATCH_SUBSCRIBERS": str(settings.subscribers),
    }


def test_run_exits_1_with_one_line_when_every_feed_failed(web, settings):
    urls = [web.url(f"/feed-{i}.xml") for i in range(5)]
    for i in range(5):
        web.routes[f"/feed-{i}.xml"] = Reply(503, b"down")
    settings.feeds.write_text("feeds:\n" + "".join(f"  - url: {u}\n" for u in urls))
    result = CliRunner().invoke(
        main,
        ["--data-dir", str(settings.data_dir), "--feeds", str(settings.feeds), "run"],
        env=_cli_env(settings),
    )
    assert result.exit_code == 1
    assert "every feed failed (5 of 5), most often: HTTP 503 (5 feeds)" in result.output
    assert sum(u in result.output for u in urls) == 0  # no line per feed


def test_run_exits_0_when_one_feed_answers(web, settings):
    web.routes["/down.xml"] = Reply(503, b"down")
    web.routes["/up.xml"] = Reply(
        200, "<rss version='2.0'><channel><title>t</title></channel></rss>"
    )
    settings.feeds.write_text(
        f"feeds:\n  - url: {web.url('/down.xml')}\n  - url: {web.url('/up.xml')}\n"
    )
    result = CliRunner().invoke(
        main,
        ["--data-dir", str(settings.data_dir), "--feeds", str(settings.feeds), "run"],
        env=_cli_env(settings),
    )
    assert result.exit_code == 0, result.output
    assert "/down.xml" in result.output


# -- the entry cap keeps the newest ---------------------------------------
def test_the_entry_cap_keeps_the_newest_entries_by_date():
    start = NOW - timedelta(days=300)
    items = "".join(
        f"<item><title>n{i}</title><link>https://example.org/{i}</link>"
        f"<pubDate>{(start + timedelta(days=i)).strftime('%a, %d %b %Y %H:%M:%S GMT')}</pubDate>"
        "</item>"
        for i in range(300)  # oldest first, as some feeds are written
    )
    body = f"<rss version='2.0'><channel><title>t</title>{items}</channel></rss>".encode()
    parsed = parse_feed(body, url="https://example.org/rss", max_entries=200)
    kept = {int(e.url.rsplit("/", 1)[-1]) for e in parsed.entries}
    assert kept == set(range(100, 300))


# -- the demo's stable port -----------------------------------------------
def test_a_busy_demo_port_is_a_clear_error_not_new_urls():
    with socket.socket() as taken:
        taken.bind(("127.0.0.91", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with (
            pytest.raises(NewsroomError, match=rf"127\.0\.0\.91:{port}.*another demo"),
            serve_newsroom(first_address=91, port=port),
        ):
            pass
