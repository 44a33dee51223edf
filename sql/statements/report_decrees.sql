-- every decree for the report, newest first
select *
from v_decrees
order by decree_date desc nulls last, event_id asc
