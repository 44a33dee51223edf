-- every analyst correction, in the order they are applied
select o.*
from event_overrides as o
order by o.created_at, o.override_id
