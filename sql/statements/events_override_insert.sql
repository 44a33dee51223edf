-- record one analyst correction (repeating the same one changes nothing)
insert into event_overrides (
    override_id, kind, event_id, other_event_id, event_article_id,
    event_decree_index, other_article_id, other_decree_index, article_ids,
    article_urls, created_at
)
values (
    $override_id, $kind, $event_id, $other_event_id, $event_article_id,
    $event_decree_index, $other_article_id, $other_decree_index,
    $article_ids::varchar[], $article_urls::varchar[], $created_at::timestamptz
)
on conflict do nothing
