-- the latest cycles, newest first
select *
from runs
order by started_at desc
limit $limit;
