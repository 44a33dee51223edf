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
where claim_rank = 1;

-- what each column means (shown by `pardonwatch describe v_event_articles`;
-- sql/README.md's data dictionary is generated from these)
comment on view v_event_articles is
'One row per decree and article that reports it, with the figure the article claims '
'(its report claim first). Key: event_id, article_id.';

comment on column v_event_articles.event_id is 'The decree (event); joins v_decrees.event_id.';

comment on column v_event_articles.article_id is 'The article; joins v_claims.article_id.';

comment on column v_event_articles.article_url is 'Canonical URL of the article.';

comment on column v_event_articles.outlet is 'The outlet that published the article.';

comment on column v_event_articles.published is 'When the article was published (UTC).';

comment on column v_event_articles.language is 'Language of the article (ISO 639-1).';

comment on column v_event_articles.story_id is 'The story: copies of one wire text share it.';

comment on column v_event_articles.kind is
'report or implementation (see v_claims.kind) of the claim shown.';

comment on column v_event_articles.figure is
'The claimed figure as a person reads it (words as written, or numbers with '
'separators).';

comment on column v_event_articles.count_magnitude is
'Order of magnitude of a figure only in words (for sorting); empty for numbers.';

comment on column v_event_articles.count is 'The single number the article wrote, if any.';

comment on column v_event_articles.count_low is
'Lower bound of the range the article wrote, if any.';

comment on column v_event_articles.count_high is
'Upper bound of the range the article wrote, if any.';

comment on column v_event_articles.count_text is 'The figure exactly as written.';

comment on column v_event_articles.announced_on is 'Date of the decree the article gives.';

comment on column v_event_articles.occasion is 'The occasion key the article gives.';

comment on column v_event_articles.evidence_sentence is
'The first sentence the decree was read from.';

comment on column v_event_articles.claims_in_event is
'How many claims this article makes about this decree (a report and a later total are'
' two).';
