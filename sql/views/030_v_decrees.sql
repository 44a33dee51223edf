-- v_decrees: one row per decree (event) with its consensus figure, the range
-- claimed, the spread of the claims in words and its sources.
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
