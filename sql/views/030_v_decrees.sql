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
left join source_stats as s on e.event_id = s.event_id
