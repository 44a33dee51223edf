-- decrees of the last 30 days (by decree date, or by first report when the
-- date is unknown), newest first.
-- grain: decree.
select
    event_id,
    country,
    issuer,
    decree_date,
    occasion,
    claim_spread,
    independent_sources,
    outlets
from v_decrees
where coalesce(decree_date, cast(first_published as date)) >= current_date - interval 30 day
order by coalesce(decree_date, cast(first_published as date)) desc
