-- the detections of the given articles with their articles' metadata: the
-- input of incremental event clustering (pipeline.events.update_events)
with wanted as (
    select unnest($article_ids::varchar[]) as article_id
)

select
    d.article_id,
    d.payload,
    a.url,
    a.source,
    a.published,
    a.language,
    a.story_id
from detections as d
inner join wanted as w on d.article_id = w.article_id
inner join articles as a on d.article_id = a.article_id
where d.is_pardon_announcement
