"""Opening the working database: migrations and the views."""

from pathlib import Path

from pipeline.store import Store


def _views(store: Store) -> set[str]:
    rows = store.query("select view_name from duckdb_views() where not internal")
    return {r["view_name"] for r in rows}


def test_an_opening_recreates_the_views_when_the_view_files_changed(tmp_path: Path):
    path = tmp_path / "work.duckdb"
    with Store.open(path) as store:
        views = _views(store)
        store.con.execute("drop view v_decrees cascade")
        store.run("views_state_set", {"digest": "the files of an older version"})
    with Store.open(path) as store:
        assert _views(store) == views


def test_an_opening_leaves_the_views_alone_when_the_view_files_are_the_same(tmp_path: Path):
    path = tmp_path / "work.duckdb"
    with Store.open(path) as store:
        store.con.execute("drop view v_decrees cascade")
    with Store.open(path) as store:
        assert "v_decrees" not in _views(store)


def test_a_database_from_before_views_state_gets_it_and_its_views(tmp_path: Path):
    path = tmp_path / "work.duckdb"
    with Store.open(path) as store:
        views = _views(store)
        store.con.execute("drop table views_state")
        store.con.execute("delete from schema_migrations where name = '051_views_state.sql'")
        store.con.execute("drop view v_decrees cascade")
    with Store.open(path) as store:
        assert _views(store) == views
        assert store.rows("views_state_get")
