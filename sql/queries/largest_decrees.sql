-- the largest decrees by order of magnitude, then the consensus figure (the
-- highest claim breaks ties); a decree known only in words ("tens of
-- thousands") sorts by its magnitude and shows its words, never a number.
-- grain: decree.
select
    event_id,
    country,
    issuer,
    decree_date,
    occasion,
    figure,
    count,
    count_low,
    count_high,
    count_magnitude,
    claim_spread,
    independent_sources
from v_decrees
where count_magnitude is not null
order by count_magnitude desc, coalesce(count, count_high) desc nulls last, count_high desc
limit 20
