-- where the claims of the given articles (all articles when null) sit now
select
    c.article_id,
    c.decree_index,
    c.event_id
from claims as c
where
    $article_ids::varchar[] is null
    or list_contains($article_ids::varchar[], c.article_id)
