-- aliases that pointed at an event just retired now point where it went
update event_aliases as a
set event_id = pair.event_id
from (
    select
        unnest($alias_ids::varchar[]) as alias_id,
        unnest($event_ids::varchar[]) as event_id
) as pair
where a.event_id = pair.alias_id
