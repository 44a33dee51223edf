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
group by country, decree_month;

-- what each column means (shown by `pardonwatch describe v_decrees_by_month`;
-- sql/README.md's data dictionary is generated from these)
comment on view v_decrees_by_month is
'One row per country and calendar month of the decree date, with decrees and people '
'summed over decrees with a number. Key: country, decree_month.';

comment on column v_decrees_by_month.country is 'Country of the decrees.';

comment on column v_decrees_by_month.decree_month is 'First day of the month of the decree date.';

comment on column v_decrees_by_month.decrees is 'Number of decrees in the month.';

comment on column v_decrees_by_month.decrees_without_figure is
'Decrees with no number (only words such as ''tens of thousands'', or no figure): not'
' in the people sums.';

comment on column v_decrees_by_month.people is
'Sum of the consensus counts of the decrees that have one.';

comment on column v_decrees_by_month.people_low is 'Sum of the lowest figures claimed.';

comment on column v_decrees_by_month.people_high is 'Sum of the highest figures claimed.';

comment on column v_decrees_by_month.sources is 'Sum of the articles reporting these decrees.';

comment on column v_decrees_by_month.event_ids is 'The decrees'' ids, by decree date.';
