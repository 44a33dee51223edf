-- one row per country and occasion that decrees carried in two or more
-- calendar years, with the decree dates (what pipeline.customs learns from)
select
    lower(country_code) as country_code,
    occasion,
    list(decree_date order by decree_date) as dates
from v_decrees
where
    country_code is not null
    and decree_date is not null
    and occasion is not null
    and occasion not in ('other', 'covid19', 'religious_visit')
group by lower(country_code), occasion
having count(distinct year(decree_date)) >= 2
order by country_code, occasion
