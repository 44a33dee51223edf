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
inner join source_articles as a on c.article_id = a.article_id;

-- what each column means (shown by `pardonwatch describe v_claims`;
-- sql/README.md's data dictionary is generated from these)
comment on view v_claims is
'One row per claim: what one article says about one decree (figure, date, occasion, '
'evidence). Key: article_id, decree_index.';

comment on column v_claims.event_id is
'The decree (event) this claim is placed in; joins v_decrees.event_id.';

comment on column v_claims.article_id is
'The article making the claim (a hash of its canonical URL).';

comment on column v_claims.decree_index is
'Which decree of the article''s detection (0 for the first; an article can report '
'several).';

comment on column v_claims.article_url is 'Canonical URL of the article.';

comment on column v_claims.outlet is 'The outlet (site or feed name) that published the article.';

comment on column v_claims.published is
'When the article was published (UTC), as the page or feed says.';

comment on column v_claims.language is 'Language of the article (ISO 639-1).';

comment on column v_claims.story_id is
'The story: copies of one wire text share it (the article''s own id when it has no '
'copy).';

comment on column v_claims.kind is
'report (the article states the decree) or implementation (a later total or a named '
'release under it).';

comment on column v_claims.country is 'Country of the decree as the article names it.';

comment on column v_claims.country_code is 'ISO 3166-1 alpha-2 code of the country.';

comment on column v_claims.issuer is 'Who granted the decree, as written in the article.';

comment on column v_claims.count is
'The number of people as one figure the article wrote; empty for a range or words.';

comment on column v_claims.count_text is
'The figure exactly as written (any language, e.g. ''tens of thousands'', ''ده‌ها '
'هزار'').';

comment on column v_claims.count_low is
'Lower bound of a range the article wrote (30,000 in ''30,000 to 40,000''); empty for'
' words.';

comment on column v_claims.count_high is
'Upper bound of a range the article wrote; empty for words.';

comment on column v_claims.count_magnitude is
'For a figure only in words: its order of magnitude (10000 for ''tens of '
'thousands''), for sorting only; never a count.';

comment on column v_claims.figure is
'The figure as a person reads it: words as written, or the number/range with '
'thousands separators.';

comment on column v_claims.announced_on is
'Date of the decree the article gives (resolved against its publication date).';

comment on column v_claims.occasion is
'The holiday or reason, as a key (nowruz, eid_al_fitr, throne_day...).';

comment on column v_claims.occasion_text is 'The occasion as written in the article.';

comment on column v_claims.conditions is
'Who is covered, as short English phrases (e.g. ''security offences with five years '
'or less'').';

comment on column v_claims.exclusions is
'Who is not covered (e.g. ''dual nationals'', ''corruption on earth'').';

comment on column v_claims.evidence is
'The sentences (as written) the detector read the decree from.';

comment on column v_claims.evidence_sentence is 'The first evidence sentence.';

comment on column v_claims.confidence is
'The detector''s confidence that the article reports a granted decree (0-1).';
