-- how many of the feeds in service (not retired) failed their last poll,
-- made at or after $since, and how many feeds there are in service
select
    count(*) filter (
        where consecutive_failures > 0 and last_polled_at >= $since::timestamptz
    ) as failed,
    count(*) as total
from feeds
where not retired
