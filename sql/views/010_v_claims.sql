-- v_claims: one row per claim, i.e. per decree of one article's detection
-- placed in an event (what that source says: figure, date, occasion, evidence).
-- grain: claim.  key: (article_id, decree_index).  event_id -> v_decrees.
create or replace view v_claims as
with

source_claims as (
    select * from claims
),

source_articles as (
    select
        article_id,
        url,
        source,
        published,
        language,
        story_id
    from articles
)

select
    c.event_id,
    c.article_id,
    c.decree_index,
    a.url as article_url,
    a.source as outlet,
    a.published,
    a.language,
    coalesce(a.story_id, a.article_id) as story_id,
    c.kind,
    c.country,
    c.country_code,
    c.issuer,
    c.count,
    c.count_text,
    c.count_low,
    c.count_high,
    c.count_magnitude,
    -- the figure as a person reads it: the words as written for a figure in
    -- words (in any language), else the number or range with separators
    case
        when c.count_magnitude is not null then c.count_text
        when c.count_low is not null and c.count_high is not null and c.count_low <> c.count_high
            then format('{:,}-{:,}', c.count_low, c.count_high)
        when c.count is not null then format('{:,}', c.count)
        when c.count_low is not null then format('at least {:,}', c.count_low)
        when c.count_high is not null then format('up to {:,}', c.count_high)
        else c.count_text
    end as figure,
    c.announced_on,
    c.occasion,
    c.occasion_text,
    c.conditions,
    c.exclusions,
    c.evidence,
    c.evidence[1] as evidence_sentence,
    c.confidence
from source_claims as c
inner join source_articles as a on c.article_id = a.article_id
