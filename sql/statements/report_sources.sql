-- every source's claim for the report's decree pages, in publication order
select *
from v_decree_sources
order by event_id asc, kind desc, published asc nulls last, article_id asc, decree_index asc
