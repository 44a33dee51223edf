-- record that $alias_ids were merged into $event_ids (pairwise); earlier aliases
-- that pointed at a retired ID follow it to its new event
insert or replace into event_aliases (alias_id, event_id, merged_at)
select
    pair.alias_id,
    pair.event_id,
    $merged_at::timestamptz as merged_at
from (
    select
        unnest($alias_ids::varchar[]) as alias_id,
        unnest($event_ids::varchar[]) as event_id
) as pair
