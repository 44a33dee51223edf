"""Careless input: hand-edited files, odd imports and bad options get one clear line.

Every case runs the real command; the answer is one line naming the file
(and the entry or line), never a traceback, and nothing already there is lost.
"""

from __future__ import annotations

import json
import tracemalloc
from datetime import UTC, datetime

import pytest
from click.testing import CliRunner
from support import FIXTURES, Reply

from pipeline import tasks
from pipeline.alerts.subscribers import SubscribersError, load_subscribers
from pipeline.cli import main
from pipeline.feeds import FeedParseError, load_feeds, parse_feed
from pipeline.ingest import import_lines
from pipeline.settings import PROJECT_ROOT
from pipeline.store import Store
from pipeline.store.feeds import all_states

SHIPPED_FEEDS = PROJECT_ROOT / "feeds.yaml"
TEXT = "The president pardoned 120 prisoners on Monday, the state news agency said. " * 5


def _cli(settings, *args):
    base = ["--db", str(settings.db), "--feeds", str(settings.feeds)]
    return CliRunner().invoke(main, [*base, *args])


def _one_line_error(result, *names):
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code != 0 and len(lines) == 1, result.output
    # an exception that escaped the command would be kept here instead of SystemExit
    assert isinstance(result.exception, SystemExit) and "Traceback" not in result.output
    assert all(name in lines[0] for name in names), lines[0]


# -- feeds.yaml edited round-trip ------------------------------------------------
def test_feeds_add_keeps_every_comment_and_line_of_the_curated_list(settings):
    original = SHIPPED_FEEDS.read_text(encoding="utf-8")
    settings.feeds.write_text(original, encoding="utf-8")
    result = _cli(settings, "feeds", "add", "https://new.example/rss", "--name", "New")
    assert result.exit_code == 0, result.output
    edited = settings.feeds.read_text(encoding="utf-8")
    assert edited.startswith(original)
    assert load_feeds(settings.feeds)[-1].url == "https://new.example/rss"
    assert len(load_feeds(settings.feeds)) == len(load_feeds(SHIPPED_FEEDS)) + 1


def test_opml_import_keeps_every_comment_and_line(settings):
    original = SHIPPED_FEEDS.read_text(encoding="utf-8")
    settings.feeds.write_text(original, encoding="utf-8")
    result = _cli(settings, "feeds", "import-opml", str(FIXTURES / "web" / "feeds.opml"))
    assert result.exit_code == 0 and "3 feeds added" in result.output
    assert settings.feeds.read_text(encoding="utf-8").startswith(original)


def test_feeds_add_to_an_empty_flow_list_writes_a_block_list(settings):
    settings.feeds.write_text("# ours\nfeeds: []  # none yet\n")
    _cli(settings, "feeds", "add", "https://a.example/rss", "--tag", "x", "--tag", "y")
    text = settings.feeds.read_text()
    assert text.startswith("# ours\n") and "  - url: https://a.example/rss\n" in text
    assert load_feeds(settings.feeds)[0].tags == ("x", "y")


def test_feeds_add_follows_the_files_own_indentation(settings):
    original = "feeds:\n# first\n- url: https://a.example/rss\n  name: A\n"
    settings.feeds.write_text(original)
    _cli(settings, "feeds", "add", "https://b.example/rss")
    assert (
        settings.feeds.read_text() == original + "- url: https://b.example/rss\n  verified: false\n"
    )


# -- types are checked, not coerced ----------------------------------------------
BAD_ENTRIES = {
    'verified: "no"': "verified",
    "verified: 1": "verified",
    "language: [en, fr]": "language",
    "name: 2024": "name",
    "tags: search": "tags",
    "verifed: true": "unknown keys",
}


@pytest.mark.parametrize("line", sorted(BAD_ENTRIES))
def test_feed_entry_of_the_wrong_type_is_an_error_naming_file_and_entry(settings, line):
    text = f"feeds:\n  - url: https://ok.example/rss\n  - url: https://b.example/rss\n    {line}\n"
    settings.feeds.write_text(text)
    result = _cli(settings, "feeds", "list")
    _one_line_error(result, str(settings.feeds), "feed #2", "https://b.example/rss")
    assert BAD_ENTRIES[line] in result.output


def test_feeds_add_leaves_a_wrong_file_untouched(settings):
    text = 'feeds:\n  - url: https://b.example/rss\n    verified: "no"\n'
    settings.feeds.write_text(text)
    result = _cli(settings, "feeds", "add", "https://c.example/rss")
    _one_line_error(result, str(settings.feeds), "verified")
    assert settings.feeds.read_text() == text


# -- binary and undecodable files ------------------------------------------------
BAD_BYTES = {
    "binary": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "latin-1": "feeds:\n  - url: https://a.example/rss\n    name: Le Désert\n".encode("latin-1"),
    "utf-16": "feeds:\n  - url: https://a.example/rss\n".encode("utf-16"),
    "control characters": b"feeds:\n  - url: https://a.example/rss\n    name: a\x07b\n",
}


@pytest.mark.parametrize("kind", sorted(BAD_BYTES))
def test_unreadable_feed_file_is_one_line(settings, kind):
    settings.feeds.write_bytes(BAD_BYTES[kind])
    _one_line_error(_cli(settings, "feeds", "list"), str(settings.feeds))
    _one_line_error(_cli(settings, "feeds", "add", "https://z.example/rss"), str(settings.feeds))
    assert settings.feeds.read_bytes() == BAD_BYTES[kind]


@pytest.mark.parametrize("kind", sorted(BAD_BYTES))
def test_unreadable_subscribers_file_is_one_line(settings, kind):
    settings.subscribers.write_bytes(BAD_BYTES[kind])
    with pytest.raises(SubscribersError) as caught:
        load_subscribers(settings.subscribers)
    assert str(settings.subscribers) in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize("kind", sorted(BAD_BYTES))
def test_unreadable_opml_file_is_one_line(settings, tmp_path, kind):
    settings.feeds.write_text("feeds: []\n")
    opml = tmp_path / "subscriptions.opml"
    opml.write_bytes(BAD_BYTES[kind])
    _one_line_error(_cli(settings, "feeds", "import-opml", str(opml)), str(opml))


def test_binary_import_file_is_one_line(settings, tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_bytes(BAD_BYTES["binary"] * 100)
    _one_line_error(_cli(settings, "import", str(path)), str(path), "binary")


def _line(n: int) -> str:
    return json.dumps({"url": f"https://news.example/{n}", "text": f"{TEXT} Item {n}."}) + "\n"


def test_undecodable_and_overlong_import_lines_are_refused_by_number(settings, tmp_path):
    path = tmp_path / "articles.jsonl"
    with path.open("wb") as out:
        out.write(_line(1).encode())
        out.write(b'{"url": "https://news.example/x", "text": "caf\xe9"}\n')
        out.write(b'{"text": "' + b"a" * 3_000 + b'"}\n')
        out.write(b"[" * 100_000 + b"\n")
        out.write(_line(5).encode())
    settings = settings.replace(max_import_line_bytes=2_000)
    result = CliRunner().invoke(main, ["--db", str(settings.db), "import", str(path)], obj=None)
    summary, _ = tasks.import_jsonl(path, settings=settings)
    assert [e.split(": ")[0] for e in summary.errors] == [f"{path}:{n}" for n in (2, 3, 4)]
    assert "not UTF-8" in summary.errors[0] and "longer than 2000 bytes" in summary.errors[1]
    with Store.open(settings.db, read_only=True) as store:
        assert store.counts(["articles"]) == {"articles": 2}
    assert "Traceback" not in result.output


def test_overlong_line_is_skipped_without_being_read_into_memory(tmp_path):
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as out:
        out.write(b'{"a": "' + b"x" * 30_000_000 + b'"}\n')
        out.write(b'{"b": 1}\n')
    tracemalloc.start()
    lines = list(import_lines(path, max_bytes=100_000))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [(n, text) for n, text, _ in lines] == [(1, None), (2, '{"b": 1}\n')]
    assert peak < 1_000_000


# -- bad options -----------------------------------------------------------------
@pytest.mark.parametrize(
    "command", [["runs"], ["events"], ["events", "list"], ["alerts", "list"]], ids=" ".join
)
@pytest.mark.parametrize("value", ["-1", "0"])
def test_limit_below_one_is_a_usage_error(settings, command, value):
    result = _cli(settings, *command, "--limit", value)
    assert result.exit_code == 2 and "--limit" in result.output


# -- a broken feed with no entries is reported -----------------------------------
BROKEN = b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title><item><title>x"


def test_broken_xml_without_entries_is_a_parse_error():
    with pytest.raises(FeedParseError, match="broken XML and no entries"):
        parse_feed(BROKEN, url="https://a.example/rss")


def test_valid_feed_without_entries_is_fine():
    empty = b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>"
    assert parse_feed(empty, url="https://a.example/rss").entries == ()


def test_broken_feed_without_entries_is_reported_as_failed(settings, web):
    web.routes["/broken.xml"] = Reply(200, BROKEN, {"Content-Type": "application/rss+xml"})
    settings.feeds.write_text(f"feeds:\n  - url: {web.url('/broken.xml')}\n")
    tasks.poll("r1", now=datetime(2026, 1, 5, tzinfo=UTC), settings=settings)
    with Store.open(settings.db, read_only=True) as store:
        state = all_states(store)[0]
    assert state.consecutive_failures == 1 and "broken XML and no entries" in state.last_error
