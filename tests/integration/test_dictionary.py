"""Every view column means something in the database itself, `describe`
shows it, and sql/README.md's data dictionary is generated from it."""

import json

from click.testing import CliRunner

from pipeline.cli import main
from pipeline.store import SQL_DIR, Store, dictionary
from pipeline.store.publish import publish


def test_every_view_and_every_view_column_has_a_comment(store):
    assert all(v["comment"] for v in dictionary.views(store))
    missing = [
        f"{c['view_name']}.{c['column_name']}"
        for c in dictionary.columns(store)
        if not c["comment"]
    ]
    assert missing == []


def test_the_published_copy_keeps_the_comments(store, tmp_path):
    target = publish(store, tmp_path / "published" / "pw.duckdb")
    with Store.open(target, read_only=True, migrate=False) as copy:
        assert dictionary.markdown(copy) == dictionary.markdown(store)


def test_describe_shows_the_meaning_of_each_column(settings):
    args = ["--data-dir", str(settings.data_dir), "describe", "v_decrees", "--format", "json"]
    rows = json.loads(CliRunner().invoke(main, args).output)
    meaning = {r["column_name"]: r["comment"] for r in rows}
    assert "never a midpoint" not in meaning["count"] and "median" in meaning["count"]
    assert "words" in meaning["count_magnitude"]


def test_sql_readme_data_dictionary_is_generated_from_the_comments(store):
    readme = (SQL_DIR / "README.md").read_text(encoding="utf-8")
    start = readme.index(dictionary.START)
    end = readme.index(dictionary.END) + len(dictionary.END) + 1
    assert readme[start:end] == dictionary.markdown(store), (
        "regenerate with: pardonwatch describe --format markdown"
    )
