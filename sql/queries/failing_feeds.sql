-- feeds that need attention: failing, degraded, stale or never polled.
-- grain: feed.
select
    health,
    name,
    url,
    last_status,
    consecutive_failures,
    last_success_at,
    next_poll_at,
    last_error
from v_feed_health
where health not in ('ok', 'retired')
order by consecutive_failures desc, last_success_at asc nulls first
