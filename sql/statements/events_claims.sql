-- the claims of the given events with their articles' metadata, in
-- publication order
with wanted as (
    select unnest($event_ids::varchar[]) as event_id
)

select
    c.*,
    a.url,
    a.title,
    a.source,
    a.published,
    a.language,
    a.story_id
from claims as c
inner join wanted as w on c.event_id = w.event_id
inner join articles as a on c.article_id = a.article_id
order by a.published asc nulls first, c.article_id asc, c.decree_index asc
