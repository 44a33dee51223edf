-- v_event_articles: one row per event and article that reports it, with the
-- figure that article claims (its report claim first when it has several).
-- grain: event x article.  key: (event_id, article_id).
create or replace view v_event_articles as
with

claim_rows as (
    select
        *,
        row_number() over (
            partition by event_id, article_id
            order by (kind <> 'report'), decree_index
        ) as claim_rank,
        count(*) over (partition by event_id, article_id) as claims_in_event
    from v_claims
)

select
    event_id,
    article_id,
    article_url,
    outlet,
    published,
    language,
    story_id,
    kind,
    figure,
    count_magnitude,
    count,
    count_low,
    count_high,
    count_text,
    announced_on,
    occasion,
    evidence_sentence,
    claims_in_event
from claim_rows
where claim_rank = 1
