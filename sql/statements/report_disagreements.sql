-- the decrees whose sources disagree most (by how many times larger the
-- highest figure is than the lowest)
select *
from v_disagreements
order by ratio desc, reports desc, event_id asc
limit $limit
