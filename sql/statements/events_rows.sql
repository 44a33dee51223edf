-- the given events (all when null) updated since $since (any time when null),
-- most recent decree first
select e.*
from events as e
where
    ($event_ids::varchar[] is null or list_contains($event_ids::varchar[], e.event_id))
    and ($since::timestamptz is null or e.last_updated >= $since::timestamptz)
order by coalesce(e.announced_on, e.announced_to) desc nulls last, e.event_id
