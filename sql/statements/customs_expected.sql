-- every expected occasion with its match and regularity, by date
select *
from v_expected_pardons
order by occasion_date, country_code, custom
