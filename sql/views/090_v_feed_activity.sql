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
left join feed_articles as f on h.url = f.feed_url
