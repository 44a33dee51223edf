-- v_decrees_by_month: one row per country and calendar month of the decree
-- date, with the number of decrees and people (consensus, lowest, highest).
-- People are summed over the decrees with a number only; decrees_without_figure
-- says how many had none (a figure only in words, or nothing) and are not in
-- the sums.
-- grain: country x month.  key: (country, decree_month).
create or replace view v_decrees_by_month as
with

decrees as (
    select
        *,
        cast(date_trunc('month', decree_date) as date) as decree_month
    from v_decrees
)

select
    country,
    decree_month,
    count(*) as decrees,
    count(*) filter (where without_number) as decrees_without_figure,
    sum(count) as people,
    sum(count_low) as people_low,
    sum(count_high) as people_high,
    sum(sources) as sources,
    list(event_id order by decree_date, event_id) as event_ids
from decrees
group by country, decree_month
