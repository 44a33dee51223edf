-- the bookkeeping of the given events (all when null): founder, first seen,
-- last updated, content fingerprint
select
    e.event_id,
    e.founding_article_id,
    e.founding_decree_index,
    e.first_seen,
    e.last_updated,
    e.fingerprint
from events as e
where
    $event_ids::varchar[] is null
    or list_contains($event_ids::varchar[], e.event_id)
