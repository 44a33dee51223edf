-- v_expected_pardons: one row per customary pardon occasion of one country on
-- one date (curated in pipeline/customs.yaml, or learned from past decrees),
-- the decree found for it if any, and how regular the custom has been: found
-- in prior_found of the prior_occasions before it (at most the last 10,
-- counting only occasions since the country's first decree in the database).
-- status: found, upcoming, waiting (the window is still open), missed, or
-- not covered (before the country's first decree in the database; covered
-- is false).
-- grain: country x custom x date.  key: (country_code, custom, occasion_date).
create or replace view v_expected_pardons as
with

occasions as (
    select * from expected_occasions
),

decrees as (
    select
        event_id,
        upper(country_code) as country_code,
        decree_date,
        occasion
    from v_decrees
    where country_code is not null and decree_date is not null
),

-- a country is watched from its first decree in the database on
coverage as (
    select
        country_code,
        min(decree_date) as coverage_start
    from decrees
    group by country_code
),

-- a decree counts for an occasion when it falls in the occasion's window and
-- names that occasion; one naming no occasion counts only from two days before
-- the day; the closest naming the occasion wins
candidates as (
    select
        o.country_code,
        o.custom,
        o.occasion_date,
        d.event_id,
        d.decree_date,
        row_number() over (
            partition by o.country_code, o.custom, o.occasion_date
            order by
                (d.occasion is null),
                abs(date_diff('day', o.occasion_date, d.decree_date)),
                d.event_id
        ) as closeness
    from occasions as o
    inner join decrees as d
        on
            o.country_code = d.country_code
            and d.decree_date between o.window_from and o.window_to
            and (
                o.occasion = d.occasion
                or (d.occasion is null and o.occasion_date - interval 2 day <= d.decree_date)
            )
),

marked as (
    select
        o.*,
        m.event_id,
        m.decree_date,
        m.event_id is not null as found,
        coalesce(o.window_to >= c.coverage_start, false) as covered
    from occasions as o
    left join coverage as c on o.country_code = c.country_code
    left join candidates as m
        on
            o.country_code = m.country_code
            and o.custom = m.custom
            and o.occasion_date = m.occasion_date
            and m.closeness = 1
),

regularity as (
    select
        *,
        count(*) filter (where covered and window_to < current_date) over prior as prior_occasions,
        count(*) filter (where found) over prior as prior_found
    from marked
    window prior as (
        partition by country_code, custom
        order by occasion_date
        rows between 10 preceding and 1 preceding
    )
)

select
    country_code,
    country,
    custom,
    custom_name,
    occasion,
    calendar,
    source,
    occasion_date,
    year(occasion_date) as occasion_year,
    window_from,
    window_to,
    date_diff('day', current_date, occasion_date) as days_until,
    found,
    covered,
    event_id,
    decree_date,
    case
        when found then 'found'
        when occasion_date >= current_date then 'upcoming'
        when not covered then 'not covered'
        when window_to >= current_date then 'waiting'
        else 'missed'
    end as status,
    prior_found,
    prior_occasions,
    format('found in {} of the last {} years', prior_found, prior_occasions) as regularity
from regularity;

-- what each column means (shown by `pardonwatch describe v_expected_pardons`;
-- sql/README.md's data dictionary is generated from these)
comment on view v_expected_pardons is
'One row per customary pardon occasion of one country on one date, the decree found '
'for it if any, and how regular the custom has been. Key: country_code, custom, '
'occasion_date.';

comment on column v_expected_pardons.country_code is
'ISO 3166-1 alpha-2 code of the country whose custom it is.';

comment on column v_expected_pardons.country is 'The country''s name.';

comment on column v_expected_pardons.custom is 'The custom, as a key (e.g. nowruz, throne_day).';

comment on column v_expected_pardons.custom_name is 'The custom in words (e.g. ''Nowruz pardon'').';

comment on column v_expected_pardons.occasion is
'The occasion key a decree for it carries (as in v_decrees.occasion).';

comment on column v_expected_pardons.calendar is
'The calendar the occasion follows: gregorian, jalali or hijri.';

comment on column v_expected_pardons.source is
'curated (pipeline/customs.yaml) or history (learned from past decrees).';

comment on column v_expected_pardons.occasion_date is
'The computed day of the occasion in that year.';

comment on column v_expected_pardons.occasion_year is 'Year of occasion_date.';

comment on column v_expected_pardons.window_from is 'First day a decree counts for the occasion.';

comment on column v_expected_pardons.window_to is 'Last day a decree counts for the occasion.';

comment on column v_expected_pardons.days_until is
'Days from today to the occasion (negative once past).';

comment on column v_expected_pardons.found is 'True when a decree was found for this occasion.';

comment on column v_expected_pardons.covered is
'True when the database covers the country at this date (from its first decree on).';

comment on column v_expected_pardons.event_id is
'The decree found for the occasion, if any; joins v_decrees.event_id.';

comment on column v_expected_pardons.decree_date is 'Date of that decree.';

comment on column v_expected_pardons.status is
'found, upcoming, waiting (the window is still open), missed, or not covered.';

comment on column v_expected_pardons.prior_found is
'How many of the prior occasions (at most the last 10) had a decree.';

comment on column v_expected_pardons.prior_occasions is
'How many prior occasions were covered and are past (at most the last 10).';

comment on column v_expected_pardons.regularity is
'prior_found of prior_occasions in words (''found in 7 of the last 10 years'').';
