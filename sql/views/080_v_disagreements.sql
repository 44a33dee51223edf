-- v_disagreements: one row per decree whose sources' reports (implementation
-- totals left out) give different figures: the lowest and highest, how many
-- times larger the highest is, and every figure with its outlet.
-- grain: decree.  key: event_id.
create or replace view v_disagreements as
with

reports as (
    select
        event_id,
        article_id,
        outlet,
        figure,
        figure_point
    from v_claims
    where kind = 'report' and figure_point is not null and figure_point > 0
),

figures as (
    select
        event_id,
        count(distinct article_id) as reports,
        min(figure_point) as lowest,
        max(figure_point) as highest,
        list(coalesce(outlet, 'unknown outlet') || ': ' || figure order by figure_point)
            as claims
    from reports
    group by event_id
)

select
    d.event_id,
    d.country,
    d.decree_date,
    d.occasion,
    f.reports,
    f.lowest,
    f.highest,
    round(f.highest / f.lowest, 2) as ratio,
    f.claims
from figures as f
inner join v_decrees as d on f.event_id = d.event_id
where f.reports > 1 and f.highest > f.lowest
