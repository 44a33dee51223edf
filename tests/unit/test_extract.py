from dataclasses import replace

import pytest
import trafilatura
from support import fixture_text

from pipeline.extract import _STAND_INS, NotAnArticle, extract_page
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


FA_URL = "http://127.0.0.1:9/fa/news/afv-nowruz.html"
FA_BODY = (
    "<p>رهبر انقلاب آیت\u200cالله خامنه\u200cای با عفو و تخفیف مجازات ۲۱۰۰ نفر از محکومان"
    " به مناسبت عید نوروز موافقت کرد.</p>"
    "<p>این عفو به پیشنهاد رئیس قوه قضاییه انجام می&zwnj;شود و زندانیان امنیتی را هم"
    " شامل می\u200cشود؛ فهرست نام\u200cها هفته آینده منتشر خواهد شد.</p>"
)


def _fa_page(body: str = FA_BODY) -> bytes:
    return (
        "<html lang='fa'><head><title>عفو ۲۱۰۰ محکوم با موافقت آیت\u200cالله خامنه\u200cای"
        f"</title></head><body><article>{body}</article></body></html>"
    ).encode()


def test_persian_zero_width_non_joiners_stay_in_title_and_text():
    page = extract_page(_fa_page(), url=FA_URL)
    assert page.title == "عفو ۲۱۰۰ محکوم با موافقت آیت\u200cالله خامنه\u200cای"
    assert "آیت\u200cالله خامنه\u200cای" in page.text
    assert "انجام می\u200cشود" in page.text and "نام\u200cها" in page.text


def test_zero_width_joiners_stay_in_the_text():
    # ZWJ keeps the joining form of a lone letter in abbreviations (ه + ZWJ + .ش)
    body = FA_BODY + "<p>این فرمان در بهمن ۱۴۰۴ ه\u200d.ش صادر شد.</p>"
    assert "۱۴۰۴ ه\u200d.ش" in extract_page(_fa_page(body), url=FA_URL).text


def test_a_stand_in_character_on_the_page_is_not_turned_into_a_joiner():
    stand_in = _STAND_INS[0]
    body = FA_BODY + f"<p>نماد {stand_in} در متن خبر آمده است.</p>"
    page = extract_page(_fa_page(body), url=FA_URL)
    assert f"نماد {stand_in} در" in page.text
    plain = extract_page(_fa_page(), url=FA_URL)
    assert page.text.count("\u200c") == plain.text.count("\u200c") == 5


def test_an_english_page_comes_out_as_trafilatura_gives_it():
    html = _page("page_throne_day.html")
    doc = trafilatura.bare_extraction(html, url=URL, with_metadata=True, include_tables=True)
    page = extract_page(html, url=URL)
    assert page.text == doc.text.strip() and page.title == doc.title


def _story(head: str = "") -> bytes:
    body = (
        "<p>The president pardoned 412 prisoners on Sunday, the presidency said in a "
        "statement, among them detainees held since 2003 over the unrest of that year.</p>"
        "<p>The decree recalls the amnesty of 12 March 2011 and the reconciliation "
        "talks that followed it, which stalled for years before resuming this spring.</p>"
    )
    return (
        f"<html lang='en'><head><title>Pardons</title>{head}</head>"
        f"<body><article><h1>President pardons 412</h1>{body}</article></body></html>"
    ).encode()


def test_a_date_the_prose_mentions_is_not_the_publication_date():
    assert extract_page(_story(), url=URL, min_chars=80).published is None
    marked = _story('<meta property="article:published_time" content="2024-05-06T08:00:00Z">')
    assert (
        extract_page(marked, url=URL, min_chars=80).published.isoformat().startswith("2024-05-06")
    )


_JSON_LD_PAGE = (
    "<html><head><meta property='og:type' content='article'>"
    "<meta name='twitter:url' content='http://127.0.0.1:9/news/wire.html'>"
    '<script type=\'application/ld+json\'>{"@context": "https://schema.org", '
    '"@type": "NewsArticle", "headline": "Emir pardons 150 &amp; more", '
    '"datePublished": "2025-12-17T09:00:00Z", "author": {"name": "Desk Writer"}}'
    "</script></head><body><h1>A different heading</h1><article>"
    + "<p>The emir pardoned 150 prisoners on National Day, the agency said.</p>" * 6
    + "</article></body></html>"
).encode()

_PAGES = {
    "page_throne_day.html": lambda: _page("page_throne_day.html"),
    "page_gulf_wire.html": lambda: _page("page_gulf_wire.html"),
    "page_gulf_wire_copy.html": lambda: _page("page_gulf_wire_copy.html"),
    "page_tax_amnesty.html": lambda: _page("page_tax_amnesty.html"),
    "not_a_feed.html": lambda: _page("not_a_feed.html"),
    "persian": _fa_page,
    "json-ld": lambda: _JSON_LD_PAGE,
}


@pytest.mark.parametrize("name", sorted(_PAGES))
def test_title_url_and_page_type_are_trafilaturas_without_its_date_search(name):
    from trafilatura.metadata import extract_metadata

    from pipeline.extract import _page_metadata

    tree = trafilatura.load_html(_PAGES[name]())
    full = extract_metadata(tree, URL)
    assert _page_metadata(tree, URL, {}) == {
        "title": full.title,
        "url": full.url,
        "pagetype": full.pagetype,
    }


@pytest.mark.parametrize("name", sorted(_PAGES))
def test_a_page_dated_by_its_feed_comes_out_the_same_but_for_the_date(name):
    from datetime import UTC, datetime

    html = _PAGES[name]()
    feed_date = datetime(2026, 1, 5, 8, tzinfo=UTC)

    def extracted(published):
        try:
            return extract_page(html, url=URL, entry=Entry(url=URL, published=published))
        except NotAnArticle as exc:
            return str(exc)

    dated, undated = extracted(feed_date), extracted(None)
    if isinstance(undated, str):
        assert dated == undated
    else:
        assert dated.published == feed_date
        assert dated == replace(undated, published=feed_date)
