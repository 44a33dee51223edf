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
    c.count_magnitude,
    c.count_text,
    c.announced_on,
    c.occasion,
    c.occasion_text,
    c.conditions,
    c.exclusions,
    c.evidence,
    c.confidence
from v_claims as c
left join source_articles as a on c.article_id = a.article_id;

-- what each column means (shown by `pardonwatch describe v_decree_sources`;
-- sql/README.md's data dictionary is generated from these)
comment on view v_decree_sources is
'One row per claim with the article''s headline: what one source says about one '
'decree, where and when it said it. Key: article_id, decree_index.';

comment on column v_decree_sources.event_id is 'The decree (event); joins v_decrees.event_id.';

comment on column v_decree_sources.article_id is 'The article making the claim.';

comment on column v_decree_sources.decree_index is
'Which decree of the article''s detection (0 for the first).';

comment on column v_decree_sources.kind is
'report (states the decree) or implementation (a later total or a named release).';

comment on column v_decree_sources.outlet is 'The outlet that published the article.';

comment on column v_decree_sources.article_url is 'Canonical URL of the article.';

comment on column v_decree_sources.headline is 'The article''s headline.';

comment on column v_decree_sources.published is 'When the article was published (UTC).';

comment on column v_decree_sources.language is 'Language of the article (ISO 639-1).';

comment on column v_decree_sources.story_id is 'The story: copies of one wire text share it.';

comment on column v_decree_sources.issuer is 'Who granted the decree, as the article writes it.';

comment on column v_decree_sources.figure is
'The figure as a person reads it: words as written, or the number/range with '
'separators.';

comment on column v_decree_sources.count_magnitude is
'Order of magnitude of a figure only in words (for sorting); empty for numbers.';

comment on column v_decree_sources.count_text is 'The figure exactly as written.';

comment on column v_decree_sources.announced_on is 'Date of the decree the article gives.';

comment on column v_decree_sources.occasion is 'The occasion key the article gives.';

comment on column v_decree_sources.occasion_text is 'The occasion as written in the article.';

comment on column v_decree_sources.conditions is 'Who is covered, according to this article.';

comment on column v_decree_sources.exclusions is 'Who is not covered, according to this article.';

comment on column v_decree_sources.evidence is
'The sentences (as written) the decree was read from.';

comment on column v_decree_sources.confidence is
'The detector''s confidence that the article reports a granted decree (0-1).';
