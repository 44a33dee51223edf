-- v_feed_health: one row per feed with its poll state and a health label
-- (retired, never polled, failing after 3+ failures in a row, degraded,
-- stale when nothing succeeded for 3 days, ok).
-- grain: feed.  key: url.
create or replace view v_feed_health as
with

source_feeds as (
    select * from feeds
)

select
    url,
    name,
    last_status,
    last_polled_at,
    last_success_at,
    consecutive_failures,
    next_poll_at,
    last_error,
    retired,
    case
        when retired then 'retired'
        when last_polled_at is null then 'never polled'
        when consecutive_failures >= 3 then 'failing'
        when consecutive_failures > 0 then 'degraded'
        when
            last_success_at is null
            or last_success_at < current_timestamp - interval 3 day
            then 'stale'
        else 'ok'
    end as health
from source_feeds
