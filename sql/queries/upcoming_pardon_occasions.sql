-- upcoming pardon occasions: the customary pardon occasions of the next 60
-- days per country, how regular each custom has been, and whether a decree
-- was already announced for it.
select
    occasion_date,
    country,
    custom_name,
    calendar,
    source,
    regularity,
    event_id
from v_expected_pardons
where occasion_date between current_date and current_date + interval 60 day
order by occasion_date asc, country asc
