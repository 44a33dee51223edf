-- (event_id, recipient) of every alert of one kind already in the ledger, any state
select
    event_id,
    recipient
from alerts
where kind = $kind
