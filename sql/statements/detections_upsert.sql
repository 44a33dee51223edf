-- one verdict per article; reprocessing replaces it
insert into detections by name
select unnest($detections, recursive := true)
on conflict (article_id) do update set
    is_pardon_announcement = excluded.is_pardon_announcement,
    confidence = excluded.confidence,
    language = excluded.language,
    rules = excluded.rules,
    payload = excluded.payload,
    detected_at = excluded.detected_at,
    rev = nextval('rev_seq');
