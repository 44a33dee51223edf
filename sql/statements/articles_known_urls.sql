-- which of these URLs (canonical or as linked) are already stored
select
    url,
    article_id
from article_urls
where url in (select unnest($urls));
