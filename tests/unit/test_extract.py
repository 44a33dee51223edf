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
