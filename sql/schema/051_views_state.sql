-- 051_views_state: the view files the views were last created from.
--
-- pipeline.store.Store.migrate digests sql/views/ at every opening and
-- recreates the views only when that digest differs from the one kept here.
-- It was the comment of schema_migrations; reading a comment lists every
-- table (duckdb_tables()), 10-25 ms of each opening of the working database.
create table views_state (
    id integer primary key check (id = 1),
    views_sha256 varchar not null
);
