-- decrees that excluded political or security prisoners (or set conditions on
-- them), with what was excluded and demanded.
-- grain: decree.
select
    event_id,
    country,
    decree_date,
    count,
    claim_spread,
    exclusions,
    conditions
from v_decrees
where
    array_to_string(exclusions, '; ') ilike '%political%'
    or array_to_string(exclusions, '; ') ilike '%security%'
    or array_to_string(exclusions, '; ') ilike '%dual national%'
    or array_to_string(exclusions, '; ') ilike '%corruption on earth%'
order by decree_date desc
