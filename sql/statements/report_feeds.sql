-- feed health and activity for the report, failing feeds first
select *
from v_feed_activity
order by
    case health
        when 'failing' then 0 when 'degraded' then 1 when 'stale' then 2
        when 'never polled' then 3 when 'ok' then 4 else 5
    end,
    name nulls last,
    url
