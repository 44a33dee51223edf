from pathlib import Path

import pytest

from pipeline.feeds import FeedFileError, FeedParseError, parse_feed, parse_feeds_yaml, parse_opml

WEB = Path(__file__).parent.parent / "fixtures" / "web"


def _read(name: str) -> bytes:
    return (WEB / name).read_bytes().replace(b"{{BASE}}", b"http://127.0.0.1:9")


def test_feeds_yaml_reads_url_name_language_and_tags():
    feeds = parse_feeds_yaml(
        "feeds:\n  - url: https://a.example/rss\n    name: A\n    language: fa\n    tags: [x]\n"
    )
    assert feeds[0].url == "https://a.example/rss"
    assert (feeds[0].name, feeds[0].language, feeds[0].tags) == ("A", "fa", ("x",))


def test_feeds_yaml_error_names_the_file_and_item():
    with pytest.raises(FeedFileError, match=r"my.yaml: feed #2: 'url' must be an http"):
        parse_feeds_yaml(
            "feeds:\n  - url: https://a.example/rss\n  - name: no url\n", source="my.yaml"
        )


def test_feeds_yaml_without_feeds_list_is_an_error():
    with pytest.raises(FeedFileError, match="top-level 'feeds:'"):
        parse_feeds_yaml("something: else\n")


def test_shipped_feed_list_parses_and_is_marked_unverified():
    feeds = parse_feeds_yaml((WEB.parents[2] / "feeds.yaml").read_text())
    assert len(feeds) >= 20
    assert not any(f.verified for f in feeds)
    assert {"en", "fa", "ar", "fr"} <= {f.language for f in feeds}


def test_opml_import_reads_nested_outlines_once_each_with_folder_tags():
    feeds = parse_opml(_read("feeds.opml"))
    assert [f.url for f in feeds] == [
        "https://rights-monitor.example.org/feed.xml",
        "https://prisonwatch.example.net/rss",
        "https://agency.example.com/en/rss",
    ]
    assert feeds[0].tags == ("Rights groups",)


def test_opml_that_is_not_xml_names_the_source():
    with pytest.raises(FeedFileError, match=r"subs\.opml: not valid OPML"):
        parse_opml(b"<opml><body>", source="subs.opml")


def test_rss_entries_carry_link_title_and_date():
    parsed = parse_feed(_read("feed_rss.xml"), url="http://127.0.0.1:9/feed.xml")
    assert len(parsed.entries) == 3
    assert parsed.entries[0].title == "King grants Throne Day pardon to 1,304 prisoners"
    assert parsed.entries[0].published.isoformat() == "2025-07-30T18:20:00+00:00"
    assert not parsed.bozo


def test_atom_entries_are_read():
    parsed = parse_feed(_read("feed_atom.xml"), url="http://127.0.0.1:9/atom.xml")
    assert parsed.entries[0].url == "http://127.0.0.1:9/world/gulf-pardons-copy.html"


def test_malformed_feed_is_flagged_but_still_yields_entries():
    parsed = parse_feed(_read("broken_feed.xml"), url="http://127.0.0.1:9/broken.xml")
    assert parsed.bozo
    assert parsed.entries


def test_html_page_is_not_a_feed():
    with pytest.raises(FeedParseError, match="an HTML page"):
        parse_feed(_read("not_a_feed.html"), url="http://127.0.0.1:9/home")


def test_parsed_entries_carry_their_canonical_url_computed_by_the_parser():
    body = (
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>"
        b"<item><title>a</title><link>https://m.example.org/news/a/amp/?utm_source=x</link></item>"
        b"<item><title>b</title><link>https://example.org/b?id=7</link></item>"
        b"</channel></rss>"
    )
    entries = parse_feed(body, url="https://example.org/rss").entries
    assert [(e.url, e.key) for e in entries] == [
        ("https://m.example.org/news/a/amp/?utm_source=x", "https://example.org/news/a"),
        ("https://example.org/b?id=7", "https://example.org/b?id=7"),
    ]


def test_a_feed_list_of_a_thousand_feeds_is_read_whole():
    text = "feeds:\n" + "".join(
        f"  - url: https://h{i}.example/rss\n    name: Feed {i}\n    tags: [t{i % 3}]\n"
        for i in range(1000)
    )
    feeds = parse_feeds_yaml(text)
    assert len(feeds) == 1000 and feeds[999].name == "Feed 999" and feeds[4].tags == ("t1",)
