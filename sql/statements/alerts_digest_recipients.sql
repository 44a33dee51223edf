-- recipients whose digest for one day is already in the ledger (any state)
select recipient
from alerts
where kind = 'digest' and event_id = $event_id
