-- the health word of every known feed (see views/050_v_feed_health.sql)
select
    url,
    health
from v_feed_health
