-- sources that disagree: decrees whose reports (not implementation totals)
-- give numbers more than 10 % apart (the lowest number or range bound against
-- the highest), with every figure claimed.  Figures only in words have no
-- number and take no part in the comparison.
-- grain: decree.
with

figures as (
    select
        event_id,
        count(distinct article_id) as reports,
        min(coalesce(count, count_low, count_high)) as lowest,
        max(coalesce(count, count_high, count_low)) as highest,
        list(
            outlet || ': ' || figure
            order by coalesce(count, count_low, count_high), article_id
        ) as claims
    from v_claims
    where kind = 'report' and coalesce(count, count_low, count_high) is not null
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
