import base64

import pytest

from pipeline.urls import canonical_url, unwrap_redirect


def test_tracking_parameters_and_fragment_are_removed():
    url = "https://www.example.com/news/story.html?utm_source=x&id=3&fbclid=abc#top"
    assert canonical_url(url) == "https://www.example.com/news/story.html?id=3"


def test_mobile_and_amp_variants_share_the_desktop_url():
    desktop = canonical_url("https://example.com/news/a")
    assert canonical_url("https://m.example.com/news/a/amp/") == desktop
    assert canonical_url("https://amp.example.com/news/a?amp=1") == desktop


def test_amp_html_suffix_is_dropped():
    assert canonical_url("https://example.com/news/a.amp.html") == "https://example.com/news/a.html"


def test_google_news_link_is_unwrapped_to_the_article():
    target = b"https://www.example.com/news/2023/story.html"
    token = base64.urlsafe_b64encode(
        b"\x08\x13\x22" + bytes([len(target)]) + target + b"\xd2\x01\x00"
    )
    link = "https://news.google.com/rss/articles/" + token.decode().rstrip("=") + "?oc=5"
    assert canonical_url(link) == target.decode()


def test_google_redirect_parameter_is_unwrapped():
    assert unwrap_redirect("https://www.google.com/url?q=https://x.org/a&sa=D") == "https://x.org/a"


def test_default_port_is_dropped_and_other_ports_kept():
    assert canonical_url("https://example.com:443/a/") == "https://example.com/a"
    assert canonical_url("http://127.0.0.1:8080/a") == "http://127.0.0.1:8080/a"


def test_non_http_url_is_refused():
    with pytest.raises(ValueError, match="not an http"):
        canonical_url("ftp://example.com/file")
