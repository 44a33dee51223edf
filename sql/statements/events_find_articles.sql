-- the articles behind the given URLs (canonical, original or any alias)
with wanted as (select unnest($urls::varchar[]) as url)

select
    w.url,
    coalesce(a.article_id, o.article_id, u.article_id) as article_id
from wanted as w
left join articles as a on w.url = a.url
left join articles as o on w.url = o.original_url
left join article_urls as u on w.url = u.url
