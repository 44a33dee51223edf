-- decrees reported by a single independent source (copies of one wire text
-- count once): the ones to verify first.
-- grain: decree.
select
    event_id,
    country,
    decree_date,
    claim_spread,
    sources,
    outlets,
    confidence
from v_decrees
where independent_sources = 1
order by decree_date desc
