-- the event each of $ids stands for now: itself when it is an event, the
-- event it was merged into when it is an alias, null when neither
select
    wanted.id,
    coalesce(e.event_id, a.event_id) as event_id
from (select unnest($ids::varchar[]) as id) as wanted
left join events as e on wanted.id = e.event_id
left join event_aliases as a on wanted.id = a.alias_id
