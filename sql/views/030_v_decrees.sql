-- v_decrees: one row per decree (event) with its consensus figure (the median
-- of the numbers sources wrote, never the middle of a range), the range
-- claimed, the spread of the claims in words and its sources.  A decree known
-- only "in words" has no number, only an order of magnitude.
-- grain: event.  key: event_id.
create or replace view v_decrees as
with

source_events as (
    select * from events
),

source_stats as (
    select
        event_id,
        min(published) as first_published,
        max(published) as last_published,
        list_sort(list(distinct outlet)) as outlets
    from v_event_articles
    group by event_id
)

select
    e.event_id,
    e.country,
    e.country_code,
    e.issuer,
    coalesce(e.announced_on, e.announced_to) as decree_date,
    e.announced_on,
    e.announced_from,
    e.announced_to,
    e.occasion,
    e.occasion_text,
    e.count,
    e.count_low,
    e.count_high,
    e.count_magnitude,
    case
        when e.count is not null then format('{:,}', e.count)
        when e.count_low is not null and e.count_high is not null and e.count_low <> e.count_high
            then format('{:,}-{:,}', e.count_low, e.count_high)
        when coalesce(e.count_low, e.count_high) is not null
            then format('{:,}', coalesce(e.count_low, e.count_high))
        when e.count_magnitude = 10 then 'dozens'
        when e.count_magnitude = 100 then 'hundreds'
        when e.count_magnitude = 1000 then 'thousands'
        when e.count_magnitude = 10000 then 'tens of thousands'
        when e.count_magnitude = 100000 then 'hundreds of thousands'
        when e.count_magnitude is not null then 'millions'
    end as figure,
    (e.count is null and e.count_low is null and e.count_high is null) as without_number,
    e.spread as claim_spread,
    e.conditions,
    e.exclusions,
    e.confidence,
    e.sources,
    e.independent_sources,
    s.outlets,
    s.first_published,
    s.last_published,
    e.first_seen,
    e.last_updated
from source_events as e
left join source_stats as s on e.event_id = s.event_id;

-- what each column means (shown by `pardonwatch describe v_decrees`;
-- sql/README.md's data dictionary is generated from these)
comment on view v_decrees is
'One row per decree (event): the consensus figure (median of numbers sources wrote, '
'never a midpoint), the range claimed, the spread in words and the sources. Key: '
'event_id.';

comment on column v_decrees.event_id is
'Stable id of the decree; kept across runs, reprocessing and analysts'' corrections.';

comment on column v_decrees.country is 'Country of the decree (the sources'' most frequent).';

comment on column v_decrees.country_code is 'ISO 3166-1 alpha-2 code of the country.';

comment on column v_decrees.issuer is
'Who granted it: the office (Supreme Leader, King, President...) or the name.';

comment on column v_decrees.decree_date is
'Date of the decree: announced_on, else the latest date the sources allow.';

comment on column v_decrees.announced_on is
'The decree date the reports state (most frequent); empty when none states one.';

comment on column v_decrees.announced_from is 'Earliest date the sources allow for the decree.';

comment on column v_decrees.announced_to is 'Latest date the sources allow for the decree.';

comment on column v_decrees.occasion is
'The holiday or reason, as a key (nowruz, eid_al_fitr, national_day...).';

comment on column v_decrees.occasion_text is 'The occasion as one source wrote it.';

comment on column v_decrees.count is
'Consensus number of people: the median of the single numbers the reports wrote; '
'empty when no report wrote one.';

comment on column v_decrees.count_low is
'Lowest number or range bound any report claimed (figures in words excluded).';

comment on column v_decrees.count_high is
'Highest number or range bound any report claimed (figures in words excluded).';

comment on column v_decrees.count_magnitude is
'Order of magnitude of the figure (of the words when no source gave a number), for '
'sorting only.';

comment on column v_decrees.figure is
'The figure as a person reads it: the consensus number, the range, or words such as '
'''tens of thousands''.';

comment on column v_decrees.without_number is
'True when no report gave a number (only words, or no figure): such decrees are left '
'out of sums.';

comment on column v_decrees.claim_spread is
'Every figure claimed and who claimed it, e.g. ''30,000-40,000 (Gulf Ledger) claimed;'
' 82,656 (Meridian Wire) in a later implementation report''.';

comment on column v_decrees.conditions is 'Who is covered, gathered from every source.';

comment on column v_decrees.exclusions is 'Who is not covered, gathered from every source.';

comment on column v_decrees.confidence is
'Confidence that the decree happened: 1 - product of (1 - best confidence) over '
'independent sources.';

comment on column v_decrees.sources is 'Number of articles reporting the decree.';

comment on column v_decrees.independent_sources is
'Number of independent sources (copies of one wire text count once).';

comment on column v_decrees.outlets is 'The outlets that reported it, sorted.';

comment on column v_decrees.first_published is 'When the first article about it was published.';

comment on column v_decrees.last_published is 'When the latest article about it was published.';

comment on column v_decrees.first_seen is 'When PardonWatch first stored the decree.';

comment on column v_decrees.last_updated is 'When PardonWatch last changed the decree.';
