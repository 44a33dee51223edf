from pipeline.flow import articles_path, page_error, pages_path
from pipeline.models import Entry
from pipeline.urls import by_host


def _job(index: int, url: str) -> tuple[int, int, Entry]:
    return (0, index, Entry(url=url))


def test_pages_of_one_host_are_spread_between_the_other_hosts():
    jobs = [_job(i, f"https://a.example/{i}") for i in range(3)]
    jobs += [_job(3, "https://b.example/0"), _job(4, "https://c.example/0")]
    hosts = [job[2].url.split("/")[2] for job in by_host(jobs, lambda job: job[2].url)]
    assert hosts == ["a.example", "b.example", "c.example", "a.example", "a.example"]


def test_staged_file_names_follow_the_batch(tmp_path):
    pages = pages_path(tmp_path / "entries-0003.jsonl")
    assert pages.name == "pages-0003.jsonl.gz"
    assert articles_path(pages).name == "articles-0003.jsonl.gz"


def test_a_page_error_names_the_url_once_on_one_line():
    assert page_error("https://a.example/x", "https://a.example/x: HTTP\n500") == (
        "page https://a.example/x: HTTP 500"
    )


def test_the_workers_warm_up_page_goes_through_extraction_and_detection():
    from pipeline.extract_worker import extract_record, warm_up_page

    record = extract_record(warm_up_page(), 80)
    assert "error" not in record and record["article"]["language"] == "en"
    assert record["detection"]["is_pardon_announcement"] is True
