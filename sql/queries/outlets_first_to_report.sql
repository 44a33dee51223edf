-- which outlets report first: for each outlet, how often it was the first
-- source of a decree, and its median delay behind the first report.
-- grain: outlet.
with

ranked as (
    select
        event_id,
        outlet,
        published,
        min(published) over (partition by event_id) as first_published
    from v_event_articles
    where published is not null
)

select
    outlet,
    count(distinct event_id) as decrees_reported,
    count(distinct event_id) filter (where published = first_published) as times_first,
    median(epoch(published - first_published) / 3600.0) as median_hours_behind
from ranked
group by outlet
order by times_first desc, median_hours_behind asc
