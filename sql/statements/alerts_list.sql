-- the ledger as `pardonwatch alerts list` shows it, newest first
select
    event_id,
    version,
    recipient,
    kind,
    status,
    attempts,
    last_error,
    next_attempt_at,
    sent_at,
    message_id,
    subject
from alerts
where $status is null or status = $status
order by created_at desc, event_id asc, recipient asc, version desc
limit $limit
