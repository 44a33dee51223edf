-- decrees per country per year: how many decrees, and how many people by the
-- consensus figure and by the lowest and highest claimed.  Figures only in
-- words ("tens of thousands") are never summed: decrees_without_figure says
-- how many decrees the sums leave out.
-- grain: country x year.
select
    country,
    year(decree_date) as decree_year,
    count(*) as decrees,
    count(*) filter (where without_number) as decrees_without_figure,
    sum(count) as people,
    sum(count_low) as people_low,
    sum(count_high) as people_high
from v_decrees
group by country, year(decree_date)
order by country, decree_year
