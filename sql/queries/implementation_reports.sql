-- implementation reports: totals released under a decree reported after it,
-- next to the figure the decree announced.
-- grain: claim.
select
    c.event_id,
    d.country,
    d.decree_date,
    d.figure as announced,
    c.figure as implemented,
    c.outlet,
    c.published,
    c.evidence_sentence
from v_claims as c
inner join v_decrees as d on c.event_id = d.event_id
where c.kind = 'implementation'
order by d.decree_date desc, c.published asc
