-- 045_calendar_state: what expected_occasions was last built from.
--
-- pipeline.store.customs.refresh_occasions digests its inputs (the customs
-- file, the decrees' customs history and years, the current year) and
-- rewrites expected_occasions only when that digest differs from the one
-- kept here, so a run with nothing new does not rebuild the calendar.
create table calendar_state (
    id integer primary key check (id = 1),
    inputs_sha256 varchar not null,
    refreshed_at timestamptz not null default current_timestamp
);
