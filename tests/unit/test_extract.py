import pytest
from support import fixture_text

from pipeline.extract import NotAnArticle, extract_page
from pipeline.models import Entry

URL = "http://127.0.0.1:9/news/throne-day-pardon.html"


def _page(name: str) -> bytes:
    return fixture_text(name).replace("{{BASE}}", "http://127.0.0.1:9").encode()


def test_article_text_excludes_menus_newsletter_and_comments():
    text = extract_page(_page("page_throne_day.html"), url=URL).text
    assert "1,304" in text
    assert "Subscribe" not in text and "Reader 2" not in text


def test_metadata_comes_from_the_page():
    page = extract_page(_page("page_throne_day.html"), url=URL)
    assert page.language == "en" and page.published.isoformat().startswith("2025-07-30")
    assert page.extraction == "trafilatura"


def test_too_short_page_falls_back_to_the_feed_summary():
    html = b"<html><body><p>Short.</p></body></html>"
    entry = Entry(
        url=URL,
        summary="<p>The king pardoned 1,304 people on Throne Day, the ministry said.</p>" * 2,
    )
    page = extract_page(html, url=URL, entry=entry)
    assert page.extraction == "feed_summary" and "<p>" not in page.text


def test_a_website_page_without_publication_time_is_not_an_article():
    paragraphs = "".join(
        f"<p>Our team number {i} documents prisons, trials and releases in region {i}.</p>"
        for i in range(8)
    )
    html = (
        "<html><head><meta property='og:type' content='website'></head><body><main>"
        f"{paragraphs}</main></body></html>"
    ).encode()
    with pytest.raises(NotAnArticle, match="not an article"):
        extract_page(html, url=URL)


def test_empty_page_is_not_an_article_and_names_the_url():
    with pytest.raises(NotAnArticle, match="throne-day-pardon"):
        extract_page(b"<html><body></body></html>", url=URL)
