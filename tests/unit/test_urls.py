import base64

import pytest

from pipeline.urls import URLError, canonical_url, check_url, unwrap_redirect


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


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "http://www.example.com/essaydetails.php?eid=64053&cid=391",
            "http://www.example.com/essaydetails.php?cid=391&eid=64053",
        ),
        ("https://example.com/news.php?id=7&utm_source=rss", "https://example.com/news.php?id=7"),
        ("https://example.com/?p=4512&fbclid=abc", "https://example.com/?p=4512"),
        ("https://example.com/view?article=88&gclid=x", "https://example.com/view?article=88"),
        ("https://example.com/read?story=12&UTM_Medium=x", "https://example.com/read?story=12"),
    ],
)
def test_parameters_that_identify_the_article_are_kept(url, expected):
    assert canonical_url(url) == expected


def test_two_articles_differing_only_in_an_id_parameter_keep_two_keys():
    first = canonical_url("http://example.com/essaydetails.php?eid=64053&cid=391")
    second = canonical_url("http://example.com/essaydetails.php?eid=64054&cid=391")
    assert first != second


@pytest.mark.parametrize(
    "name", ["utm_campaign", "fbclid", "gclid", "msclkid", "mc_eid", "_ga", "xtor", "at_medium"]
)
def test_known_trackers_are_dropped(name):
    assert canonical_url(f"https://example.com/a?id=1&{name}=x") == "https://example.com/a?id=1"


def test_kept_parameters_are_sorted_so_their_order_does_not_make_two_keys():
    assert canonical_url("https://example.com/a?b=2&a=1") == canonical_url(
        "https://example.com/a?a=1&b=2"
    )


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://example.com/a\x01b", "control character U\\+0001"),
        ("http://exa\nmple.com/feed.xml", "control character U\\+000A"),
        ("http://xn--/", "invalid host name"),
        ("http://example.com:99999/", "Port out of range"),
        ("http://exa mple.com/", "invalid host name"),
        ("ftp://example.com/", "not an http"),
        ("http:///path", "no host"),
    ],
)
def test_unusable_urls_are_refused_with_a_reason(url, reason):
    with pytest.raises(URLError, match=reason):
        check_url(url)


def test_an_international_host_name_is_usable():
    assert check_url(" http://bücher.example/a ") == "http://bücher.example/a"


def test_canonical_url_refuses_what_check_url_refuses():
    with pytest.raises(ValueError, match="control character"):
        canonical_url("https://example.com/a\x7fb")
