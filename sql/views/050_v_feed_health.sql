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
from source_feeds;

-- what each column means (shown by `pardonwatch describe v_feed_health`;
-- sql/README.md's data dictionary is generated from these)
comment on view v_feed_health is
'One row per feed with its poll state and a health label. Key: url.';

comment on column v_feed_health.url is 'The feed as configured in feeds.yaml (the key).';

comment on column v_feed_health.name is 'Display name of the feed.';

comment on column v_feed_health.last_status is 'HTTP status of the last poll (304: not modified).';

comment on column v_feed_health.last_polled_at is 'When the feed was last polled (UTC).';

comment on column v_feed_health.last_success_at is 'When a poll last succeeded (UTC).';

comment on column v_feed_health.consecutive_failures is
'Failed polls in a row since the last success.';

comment on column v_feed_health.next_poll_at is 'When the feed is due again (back-off included).';

comment on column v_feed_health.last_error is 'What went wrong at the last failed poll.';

comment on column v_feed_health.retired is
'True when the feed answered 410 Gone and is no longer polled.';

comment on column v_feed_health.health is
'ok, degraded (failed lately), failing (3+ failures in a row), stale (no success for '
'3 days), never polled or retired.';
