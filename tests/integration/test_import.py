"""JSON Lines import: same path as fetched pages, bad lines named, idempotent."""

import json

from click.testing import CliRunner
from support import FIXTURES

from pipeline import tasks
from pipeline.cli import main
from pipeline.store import Store

IMPORT = FIXTURES / "web" / "import.jsonl"


def test_bad_lines_are_named_and_good_lines_go_in(settings):
    summary, _ = tasks.import_jsonl(IMPORT, settings=settings)
    assert summary.new_articles == 3
    bad = sorted(int(e.split(":")[1]) for e in summary.errors)
    assert bad == [3, 4, 5, 6, 7]
    assert all(str(IMPORT) in e for e in summary.errors)


def test_reimporting_the_same_file_changes_nothing(settings):
    tasks.import_jsonl(IMPORT, settings=settings)
    with Store.open(settings.db, read_only=True) as store:
        before = store.counts(["articles", "article_urls", "detections", "runs"])
    summary, _ = tasks.import_jsonl(IMPORT, settings=settings)
    with Store.open(settings.db, read_only=True) as store:
        after = store.counts(["articles", "article_urls", "detections", "runs"])
    assert summary.new_articles == 0
    assert {**after, "runs": before["runs"]} == before


def test_html_lines_are_extracted_like_fetched_pages(settings):
    tasks.import_jsonl(IMPORT, settings=settings)
    with Store.open(settings.db, read_only=True) as store:
        row = store.query("select * from articles where url like '%maroc%'")[0]
    assert row["extraction"].startswith("import_html:")
    assert "Accueil" not in row["text"] and row["language"] == "fr"


def test_cli_import_prints_line_errors_and_exits_non_zero(settings, tmp_path):
    result = CliRunner().invoke(
        main,
        ["--db", str(tmp_path / "x.duckdb"), "--data-dir", str(tmp_path), "import", str(IMPORT)],
    )
    assert result.exit_code == 1
    assert f"{IMPORT}:3: not valid JSON" in result.output
    assert "3 new" in result.output


def test_import_of_a_missing_file_names_it(tmp_path):
    result = CliRunner().invoke(
        main, ["--db", str(tmp_path / "x.duckdb"), "import", str(tmp_path / "nope.jsonl")]
    )
    assert result.exit_code == 2 and "nope.jsonl" in result.output


def test_imported_articles_can_be_found_in_v_event_articles_read_only(settings, tmp_path):
    db = tmp_path / "contract.duckdb"
    CliRunner().invoke(main, ["--db", str(db), "--data-dir", str(tmp_path), "import", str(IMPORT)])
    with Store.open(db, read_only=True) as store:
        rows = store.query("select event_id, article_url from v_event_articles")
        placed = store.query("select count(distinct article_id) as n from claims")[0]["n"]
    assert placed >= 2
    assert {r["article_url"] for r in rows} >= {
        "https://news.example.org/2023/02/iran-amnesty-protesters",
        "https://fr.example.org/monde/maroc-grace-royale",
    }


def test_an_import_larger_than_a_chunk_is_stored_chunk_by_chunk(settings, tmp_path, monkeypatch):
    from pipeline import flow
    from pipeline.store import articles as article_store

    wire = (
        "The president ordered the release of 2,937 prisoners on Sunday ahead of National Day, "
        "the state news agency reported, and pledged to settle the debts of those released."
    )
    lines = [
        json.dumps({"url": f"https://site{i}.example/news/{i}", "text": f"{wire} Copy {i}."})
        for i in range(7)
    ]
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(lines) + "\n")
    sizes: list[int] = []
    save = article_store.save_ingested
    monkeypatch.setattr(flow, "CHUNK", 3)
    monkeypatch.setattr(
        article_store,
        "save_ingested",
        lambda store, items, **kw: sizes.append(len(items)) or save(store, items, **kw),
    )
    summary, _ = tasks.import_jsonl(path, settings=settings)
    with Store.open(settings.db, read_only=True) as store:
        stories = store.query("select count(distinct story_id) as n from articles")[0]["n"]
    assert sizes == [3, 3, 1]
    assert summary.new_articles == 7 and summary.entries_seen == 7
    assert stories == 1  # copies in later chunks found the story through the index
