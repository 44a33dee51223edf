-- the events a new mention may join: same country, dates within the window
-- ($lows/$highs are the mention's date range widened by the largest window;
-- null when the mention allows any date)
with wanted as (
    select
        unnest($country_keys::varchar[]) as country_key,
        unnest($lows::date[]) as low,
        unnest($highs::date[]) as high
)

select distinct e.event_id
from events as e
inner join wanted as w
    on e.country_key is not distinct from w.country_key
where
    w.low is null
    or e.announced_from is null
    or (e.announced_to >= w.low and e.announced_from <= w.high)
