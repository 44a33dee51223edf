-- v_disagreements: one row per decree whose sources' reports (implementation
-- totals left out) give different numbers: the lowest number or range bound
-- and the highest, how many times larger the highest is, and every figure
-- with its outlet.  Figures only in words have no number and take no part;
-- a range is compared by its bounds, never by its middle.
-- grain: decree.  key: event_id.
create or replace view v_disagreements as
with

reports as (
    select
        event_id,
        article_id,
        outlet,
        figure,
        coalesce(count, count_low, count_high) as low_number,
        coalesce(count, count_high, count_low) as high_number
    from v_claims
    where kind = 'report' and coalesce(count, count_low, count_high) > 0
),

figures as (
    select
        event_id,
        count(distinct article_id) as reports,
        min(low_number) as lowest,
        max(high_number) as highest,
        list(
            coalesce(outlet, 'unknown outlet') || ': ' || figure
            order by low_number, article_id
        ) as claims
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
where f.reports > 1 and f.highest > f.lowest;

-- what each column means (shown by `pardonwatch describe v_disagreements`;
-- sql/README.md's data dictionary is generated from these)
comment on view v_disagreements is
'One row per decree whose reports give different numbers (figures only in words and '
'implementation totals left out). Key: event_id.';

comment on column v_disagreements.event_id is 'The decree; joins v_decrees.event_id.';

comment on column v_disagreements.country is 'Country of the decree.';

comment on column v_disagreements.decree_date is 'Date of the decree.';

comment on column v_disagreements.occasion is 'The occasion key of the decree.';

comment on column v_disagreements.reports is 'Number of reports with a number.';

comment on column v_disagreements.lowest is 'The lowest number or range bound any report wrote.';

comment on column v_disagreements.highest is 'The highest number or range bound any report wrote.';

comment on column v_disagreements.ratio is 'highest divided by lowest, to two decimals.';

comment on column v_disagreements.claims is
'Every figure with its outlet (''Gulf Ledger: 30,000-40,000''), lowest first.';
