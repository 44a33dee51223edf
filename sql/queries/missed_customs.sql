-- missed customs: customary pardon occasions of the last year that passed
-- with no decree reported, for customs kept in an earlier year, newest first.
select
    occasion_date,
    country,
    custom_name,
    calendar,
    regularity
from v_expected_pardons
where
    status = 'missed'
    and prior_found > 0
    and occasion_date >= current_date - interval 365 day
order by occasion_date desc, country asc
