-- pages kept for `pardonwatch reprocess`, oldest first
select
    article_id,
    url,
    original_url,
    feed_url,
    source,
    title,
    published,
    language,
    text,
    extraction,
    html_zlib,
    fetched_at,
    story_id
from articles
order by article_id
limit $limit offset $offset;
