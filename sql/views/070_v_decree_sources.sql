-- v_decree_sources: one row per claim with the article's headline: what one
-- source says about one decree (figure, date, occasion, evidence), where and
-- when it said it, in which language.  The report's page of each decree.
-- grain: claim.  key: (article_id, decree_index).  event_id -> v_decrees.
create or replace view v_decree_sources as
with

source_articles as (
    select
        article_id,
        title
    from articles
)

select
    c.event_id,
    c.article_id,
    c.decree_index,
    c.kind,
    c.outlet,
    c.article_url,
    a.title as headline,
    c.published,
    c.language,
    c.story_id,
    c.issuer,
    c.figure,
    c.figure_point,
    c.count_text,
    c.announced_on,
    c.occasion,
    c.occasion_text,
    c.conditions,
    c.exclusions,
    c.evidence,
    c.confidence
from v_claims as c
left join source_articles as a on c.article_id = a.article_id
