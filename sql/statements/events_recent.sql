-- the IDs of the most recent decrees, optionally of one country (code or name)
select e.event_id
from events as e
where
    $country::varchar is null
    or e.country_key = lower($country::varchar)
    or lower(e.country) = lower($country::varchar)
order by
    coalesce(e.announced_on, e.announced_to) desc nulls last,
    e.last_updated desc,
    e.event_id asc
limit $limit
