-- sources that disagree: decrees whose reports (not implementation totals)
-- give figures more than 10 % apart, with every figure claimed.
-- grain: decree.
with

figures as (
    select
        event_id,
        count(distinct article_id) as reports,
        min(figure_point) as lowest,
        max(figure_point) as highest,
        list(outlet || ': ' || figure order by figure_point) as claims
    from v_claims
    where kind = 'report' and figure_point is not null
    group by event_id
)

select
    d.event_id,
    d.country,
    d.decree_date,
    d.occasion,
    f.lowest,
    f.highest,
    round(100.0 * (f.highest - f.lowest) / f.lowest, 1) as spread_pct,
    f.claims
from figures as f
inner join v_decrees as d on f.event_id = d.event_id
where f.reports > 1 and f.highest > 1.1 * f.lowest
order by spread_pct desc
