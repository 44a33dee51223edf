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
from event_aliases;

-- what each column means (shown by `pardonwatch describe v_event_ids`;
-- sql/README.md's data dictionary is generated from these)
comment on view v_event_ids is
'One row per ID a decree has ever had (its own, and those of events merged into it), '
'so old links still resolve. Key: id.';

comment on column v_event_ids.id is 'An event ID, current or former.';

comment on column v_event_ids.event_id is 'The decree it stands for now; joins v_decrees.event_id.';

comment on column v_event_ids.is_alias is 'True for a former ID (an event merged into event_id).';
