-- decrees per country per year: how many decrees, and how many people by the
-- consensus figure and by the lowest and highest claimed.
-- grain: country x year.
select
    country,
    year(decree_date) as decree_year,
    count(*) as decrees,
    sum(count) as people,
    sum(count_low) as people_low,
    sum(count_high) as people_high
from v_decrees
group by country, year(decree_date)
order by country, decree_year
