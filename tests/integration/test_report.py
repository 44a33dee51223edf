"""The static report: pages built from the published views, checked as files and,
as a person would see them, in real headless Chromium (tests/browser.py)."""

from __future__ import annotations

import re
import shutil
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import unquote, urlsplit

import duckdb
import pytest
from browser import browser_page
from click.testing import CliRunner
from report_helpers import HOSTILE_TITLE, TODAY, seeded_archive

from pipeline import tasks
from pipeline.cli.report import report_command
from pipeline.report import ReportError, build_report
from pipeline.report.site import page_name
from pipeline.settings import Settings
from pipeline.store import Store, StoreError

PROJECT = Path(__file__).resolve().parents[2]
SCREENSHOT = PROJECT / "docs" / "report-overview.png"
DECREES = 8  # the archive's decrees (ten reports; two pairs are one decree each)
PAGES = ("index.html", "decrees.html", "disagreements.html", "calendar.html", "feeds.html")


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return seeded_archive(tmp_path_factory.mktemp("archive"))


@pytest.fixture(scope="module")
def site(archive: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site") / "report"
    with Store.open(archive[1], read_only=True, migrate=False) as store:
        build_report(store, out, today=TODAY)
    return out


def _text(site: Path, name: str) -> str:
    return (site / name).read_text(encoding="utf-8")


# -- the files ----------------------------------------------------------------------------


def test_report_writes_every_page_and_one_page_per_decree(site: Path):
    assert all((site / name).is_file() for name in PAGES)
    assert len(list((site / "decrees").glob("*.html"))) == DECREES


def test_pages_load_nothing_from_outside(site: Path):
    for path in site.rglob("*.html"):
        page = path.read_text(encoding="utf-8")
        assert not re.search(
            r"""<(script|link|img|iframe)[^>]+(src|href)=["']?(https?:)?//""", page
        )
        assert "default-src 'none'" in page


def test_scraped_values_are_escaped(site: Path):
    pages = "".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    assert HOSTILE_TITLE not in pages
    assert "<script>window.__pwned" not in pages
    assert "&lt;img src=x onerror=" in pages
    assert "&lt;b&gt;Bad outlet&lt;/b&gt;" in pages


def test_persian_and_arabic_sources_are_right_to_left(site: Path):
    pages = "".join(p.read_text(encoding="utf-8") for p in (site / "decrees").glob("*.html"))
    assert re.search(r'<td lang="fa" dir="rtl"><ul class="evidence"><li>رهبر انقلاب', pages)
    assert re.search(r'<td lang="ar" dir="rtl"><ul class="evidence"><li>أصدر جلالة الملك', pages)


def test_disagreements_page_lists_the_decree_whose_sources_differ(site: Path):
    page = _text(site, "disagreements.html")
    assert "2,000" in page and "2,150" in page and "×1.08" in page


def test_calendar_shows_the_coming_60_days_and_the_missed_customs(site: Path):
    page = _text(site, "calendar.html")
    upcoming, missed = page.split('id="missed"') if 'id="missed"' in page else (page, "")
    assert "2025-11-18</td><td>Morocco</td><td>Independence Day" in upcoming
    assert "2025-12-02</td><td>United Arab Emirates</td><td>National Day" in upcoming
    assert "2026-02-11" not in upcoming  # beyond 60 days
    # Nowruz 2025 passed without a decree; Iran pardoned on Nowruz 2024
    assert "2025-03-21</td><td>Iran</td>" in missed and "found in 1 of the last 2 years" in missed


def test_report_refuses_a_folder_that_is_not_a_report(archive: tuple[Path, Path], tmp_path: Path):
    (tmp_path / "thesis.txt").write_text("mine")
    with (
        Store.open(archive[1], read_only=True, migrate=False) as store,
        pytest.raises(ReportError, match="not a PardonWatch report"),
    ):
        build_report(store, tmp_path, today=TODAY)
    assert (tmp_path / "thesis.txt").read_text() == "mine"


def test_report_command_rewrites_an_earlier_report(archive: tuple[Path, Path], tmp_path: Path):
    settings = Settings(data_dir=tmp_path, db=archive[0], published_db=archive[1])
    out = tmp_path / "site"
    for _ in range(2):
        result = CliRunner().invoke(report_command, ["--out", str(out)], obj=settings)
        assert result.exit_code == 0, result.output
    assert f"report written: {out / 'index.html'}" in result.output
    assert len(list((out / "decrees").glob("*.html"))) == DECREES


def test_publish_refreshes_the_calendar_and_the_report(archive: tuple[Path, Path], tmp_path: Path):
    settings = Settings(
        data_dir=tmp_path, db=tmp_path / "work.duckdb", published_db=tmp_path / "pub.duckdb"
    )
    settings.db.write_bytes(archive[0].read_bytes())
    tasks.publish(settings=settings)
    assert (settings.report_dir / "index.html").is_file()
    with Store.open(settings.published_db, read_only=True, migrate=False) as store:
        assert store.query("select count(*) as n from v_expected_pardons")[0]["n"] > 0


# -- in Chromium --------------------------------------------------------------------------


def _local_links(page) -> list[str]:  # type: ignore[no-untyped-def]
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    hrefs += page.eval_on_selector_all(
        "svg a", "els => els.map(e => new URL(e.href.baseVal, document.baseURI).href)"
    )
    return [h for h in hrefs if not h.startswith(("http:", "https:"))]


def test_chart_has_a_mark_per_decree_with_details_and_a_link(site: Path):
    with browser_page() as opened:
        page = opened.page
        page.goto((site / "index.html").as_uri())
        marks = page.locator("#timeline svg a")
        assert marks.count() == DECREES
        assert page.locator("#timeline svg a [aria-label]").count() == DECREES
        # the vague figure is drawn as a range: a rule with height, not a dot
        heights = page.eval_on_selector_all(
            "#timeline svg .mark-rule.role-mark line", "ls => ls.map(l => l.getBBox().height)"
        )
        assert any(h > 5 for h in heights)
        # hover shows the details, a click opens the decree's page
        mark = page.locator("#timeline svg a path").first
        mark.hover(force=True)
        tip = page.locator("#tip")
        assert tip.is_visible() and re.search(r"\d{4}-\d\d-\d\d \w", tip.inner_text())
        # and so does keyboard focus
        page.mouse.move(0, 0)
        assert not tip.is_visible()
        page.locator("#timeline svg a").nth(1).focus()
        assert tip.is_visible()
        mark.click(force=True)
        page.wait_for_url(re.compile(r"/decrees/ev_[0-9a-f]+\.html$"))
        assert page.locator("h2", has_text="What each source says").count() == 1
        assert opened.outside == []


def test_decrees_table_filters_by_country_year_occasion_and_size(site: Path):
    with browser_page() as opened:
        page = opened.page
        page.goto((site / "decrees.html").as_uri())
        rows = page.locator("#decrees tbody tr")
        assert rows.count() == DECREES

        def visible() -> int:
            return rows.evaluate_all("rs => rs.filter(r => !r.hidden).length")

        page.select_option("#f-country", "Morocco")
        assert visible() == 2
        page.select_option("#f-year", "2025")
        assert visible() == 1
        page.select_option("#f-country", "")
        page.select_option("#f-year", "")
        page.select_option("#f-occasion", "islamic revolution anniversary")
        assert visible() == 3
        page.fill("#f-size", "1800")
        assert visible() == 2  # 1,500 drops out
        assert page.locator("#shown").inner_text() == f"2 of {DECREES} decrees"
        assert opened.outside == []


def test_links_between_pages_resolve_and_nothing_leaves_the_page(site: Path):
    with browser_page() as opened:
        page = opened.page
        seen: set[str] = set()
        todo = [(site / "index.html").as_uri()]
        while todo:
            url = todo.pop()
            if url in seen:
                continue
            seen.add(url)
            page.goto(url)
            assert page.evaluate("typeof window.__pwned") == "undefined", url
            for link in _local_links(page):
                target = Path(unquote(urlsplit(link).path))
                assert target.is_file(), f"{url} links to a missing {link}"
                todo.append(target.as_uri())
        assert len(seen) == len(PAGES) + DECREES
        assert opened.requests and opened.outside == []


def test_persian_evidence_is_laid_out_right_to_left(site: Path):
    with browser_page() as opened:
        page = opened.page
        page.goto((site / "decrees.html").as_uri())
        page.select_option("#f-year", "2024")
        page.locator("#decrees tbody tr:not([hidden]) a", has_text="2024-02-08").click()
        cell = page.locator('td[lang="fa"]').first
        assert cell.evaluate("c => getComputedStyle(c).direction") == "rtl"


def test_overview_screenshot_for_the_readme(site: Path):
    """Writes docs/report-overview.png, the picture the README shows."""
    with browser_page(width=1200, height=900) as opened:
        opened.page.goto((site / "index.html").as_uri())
        SCREENSHOT.parent.mkdir(exist_ok=True)
        opened.page.screenshot(path=str(SCREENSHOT), full_page=False)
        assert opened.outside == []
    assert SCREENSHOT.stat().st_size > 10_000


def test_a_copy_without_the_report_views_asks_to_publish_again(tmp_path: Path):
    with Store.open(None, migrate=False) as store, pytest.raises(StoreError, match="publish it"):
        build_report(store, tmp_path / "report", today=TODAY)
    assert not (tmp_path / "report").exists()


def test_a_rebuild_renders_again_only_the_decree_pages_that_changed(
    archive: tuple[Path, Path], tmp_path: Path
):
    copy = tmp_path / "copy.duckdb"
    shutil.copyfile(archive[1], copy)
    out = tmp_path / "report"

    def build(day: date = TODAY) -> dict[str, int]:
        with Store.open(copy, read_only=True, migrate=False) as store:
            build_report(store, out, today=day)
        return {p.name: p.stat().st_ino for p in (out / "decrees").glob("*.html")}

    first = build()
    with duckdb.connect(str(copy)) as con:
        (event_id,) = con.execute("select min(event_id) from events").fetchone()
        con.execute(
            "update events set occasion_text = 'edited by hand' where event_id = ?", [event_id]
        )
    second = build()
    assert len(second) == DECREES
    assert {name for name in second if second[name] != first[name]} == {page_name(event_id)}
    assert "edited by hand" in _text(out, f"decrees/{page_name(event_id)}")
    # another day renders every page again (they show the day)
    third = build(TODAY + timedelta(days=1))
    assert not {name for name in third if third[name] == second[name]}
