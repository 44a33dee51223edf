-- the event that holds each of the given mentions (article_id, decree_index pairs)
with wanted as (
    select
        unnest($article_ids::varchar[]) as article_id,
        unnest($decree_indexes::integer[]) as decree_index
)

select
    c.article_id,
    c.decree_index,
    c.event_id
from claims as c
inner join wanted as w
    on c.article_id = w.article_id and c.decree_index = w.decree_index
