-- the largest decrees by the consensus figure (the highest claim breaks ties).
-- grain: decree.
select
    event_id,
    country,
    issuer,
    decree_date,
    occasion,
    count,
    count_low,
    count_high,
    claim_spread,
    independent_sources
from v_decrees
where coalesce(count, count_high) is not null
order by coalesce(count, count_high) desc, count_high desc
limit 20
