"""`pardonwatch feeds`: the feed file and the health table."""

import pytest
from click.testing import CliRunner
from support import FIXTURES, Reply, fixture_text

from pipeline.cli import main
from pipeline.feeds import load_feeds


@pytest.fixture
def cli(settings):
    def invoke(*args):
        base = ["--db", str(settings.db), "--feeds", str(settings.feeds)]
        return CliRunner().invoke(main, [*base, *args], catch_exceptions=False)

    settings.feeds.write_text("feeds: []\n")
    return invoke


def test_feeds_add_appends_to_the_feed_file(cli, settings):
    result = cli("feeds", "add", "https://a.example/rss", "--name", "A", "--language", "fa")
    assert result.exit_code == 0
    assert [(f.url, f.name, f.language) for f in load_feeds(settings.feeds)] == [
        ("https://a.example/rss", "A", "fa")
    ]


def test_feeds_add_twice_keeps_one_entry(cli, settings):
    cli("feeds", "add", "https://a.example/rss")
    assert "already in" in cli("feeds", "add", "https://a.example/rss").output
    assert len(load_feeds(settings.feeds)) == 1


def test_feeds_add_refuses_a_non_http_url(cli):
    result = CliRunner().invoke(main, ["feeds", "add", "file:///etc/passwd"])
    assert result.exit_code == 2 and "not an http(s) URL" in result.output


def test_opml_import_adds_each_feed_once(cli, settings):
    result = cli("feeds", "import-opml", str(FIXTURES / "web" / "feeds.opml"))
    assert "3 feeds added" in result.output
    assert (
        ", 3 already there"
        in cli("feeds", "import-opml", str(FIXTURES / "web" / "feeds.opml")).output
    )
    assert len(load_feeds(settings.feeds)) == 3


def test_feeds_list_shows_health_after_a_run(cli, settings, web):
    web.routes["/feed.xml"] = Reply(
        200, fixture_text("feed_rss.xml"), {"Content-Type": "application/rss+xml"}
    )
    web.routes["/gone.xml"] = Reply(410, b"")
    cli("feeds", "add", web.url("/feed.xml"), "--name", "Good feed")
    cli("feeds", "add", web.url("/gone.xml"), "--name", "Gone feed")
    from pipeline import tasks

    tasks.poll("r1", settings=settings)
    output = (
        CliRunner()
        .invoke(
            main,
            ["--db", str(settings.db), "--feeds", str(settings.feeds), "feeds", "list"],
            terminal_width=200,
        )
        .output
    )
    # the health word with the last status (names may wrap in a narrow table)
    assert "Good" in output and "ok (200)" in output
    assert "retired" in output and "(410)" in output
