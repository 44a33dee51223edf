-- the stored article at any of these URLs (canonical or as linked)
select
    a.article_id,
    a.url,
    a.title,
    a.text,
    a.published,
    a.language
from articles as a
where
    a.url in (select unnest($urls::varchar[]))
    or a.article_id in (
        select u.article_id from article_urls as u
        where u.url in (select unnest($urls::varchar[]))
    )
order by (a.url in (select unnest($urls::varchar[]))) desc, a.article_id
limit 1
