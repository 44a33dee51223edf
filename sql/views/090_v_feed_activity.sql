-- v_feed_activity: one row per feed with its health (v_feed_health) and what
-- it brought: articles stored, of which pardon announcements, and the newest
-- article's publication time.
-- grain: feed.  key: url.
create or replace view v_feed_activity as
with

feed_articles as (
    select
        a.feed_url,
        count(*) as articles,
        count(*) filter (where d.is_pardon_announcement) as announcements,
        max(a.published) as last_article_at
    from articles as a
    left join detections as d on a.article_id = d.article_id
    where a.feed_url is not null
    group by a.feed_url
)

select
    h.url,
    h.name,
    h.health,
    h.last_status,
    h.last_polled_at,
    h.last_success_at,
    h.consecutive_failures,
    h.last_error,
    coalesce(f.articles, 0) as articles,
    coalesce(f.announcements, 0) as announcements,
    f.last_article_at
from v_feed_health as h
left join feed_articles as f on h.url = f.feed_url;

-- what each column means (shown by `pardonwatch describe v_feed_activity`;
-- sql/README.md's data dictionary is generated from these)
comment on view v_feed_activity is
'One row per feed with its health and what it brought: articles stored, pardon '
'announcements, newest article. Key: url.';

comment on column v_feed_activity.url is 'The feed as configured in feeds.yaml (the key).';

comment on column v_feed_activity.name is 'Display name of the feed.';

comment on column v_feed_activity.health is
'ok, degraded, failing, stale, never polled or retired (see v_feed_health).';

comment on column v_feed_activity.last_status is 'HTTP status of the last poll.';

comment on column v_feed_activity.last_polled_at is 'When the feed was last polled (UTC).';

comment on column v_feed_activity.last_success_at is 'When a poll last succeeded (UTC).';

comment on column v_feed_activity.consecutive_failures is
'Failed polls in a row since the last success.';

comment on column v_feed_activity.last_error is 'What went wrong at the last failed poll.';

comment on column v_feed_activity.articles is 'Articles stored from this feed.';

comment on column v_feed_activity.announcements is
'Of those, articles detected as pardon announcements.';

comment on column v_feed_activity.last_article_at is
'Publication time of the newest article from this feed.';
