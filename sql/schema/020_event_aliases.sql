-- 020_event_aliases: when a report bridges two events they merge; the older ID
-- lives on and the other stays resolvable, so links in sent emails never break.
-- Written by pipeline.store.events.write_outcome; read by events show, alerts
-- and v_event_ids.

-- one row per retired event ID: the event it now lives on in
create table event_aliases (
    alias_id varchar primary key,
    event_id varchar not null,
    merged_at timestamptz not null
);
