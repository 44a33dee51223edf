-- v_event_ids: every ID an event has ever had, with the event it stands for
-- now (an event's own ID, and the IDs of events merged into it), so links in
-- old emails and saved notes still resolve.
-- grain: one row per ID.  key: id.
create or replace view v_event_ids as
select
    event_id as id,
    event_id,
    false as is_alias
from events

union all

select
    alias_id as id,
    event_id,
    true as is_alias
from event_aliases
