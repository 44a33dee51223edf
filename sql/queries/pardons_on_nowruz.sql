-- pardons on Nowruz (the Iranian New Year, 20/21 March) across the years.
-- grain: decree.
select
    year(decree_date) as decree_year,
    event_id,
    country,
    issuer,
    decree_date,
    count,
    claim_spread,
    independent_sources
from v_decrees
where occasion = 'nowruz'
order by decree_date
