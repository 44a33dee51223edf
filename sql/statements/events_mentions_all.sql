-- every pardon announcement with its article's metadata: the input of a full
-- rebuild of the events (pipeline.events.rebuild_events)
select
    d.article_id,
    d.payload,
    a.url,
    a.source,
    a.published,
    a.language,
    a.story_id
from detections as d
inner join articles as a on d.article_id = a.article_id
where d.is_pardon_announcement
