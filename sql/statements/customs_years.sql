-- the first and last calendar years of the decrees (null when there are none)
select
    min(year(decree_date)) as first_year,
    max(year(decree_date)) as last_year
from v_decrees
