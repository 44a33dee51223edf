-- alerts to deliver now: pending ones whose back-off has passed, and ones a
-- crashed run claimed but never marked (re-sent once, same Message-ID)
select
    event_id,
    version,
    recipient,
    kind,
    message_id,
    sender,
    message,
    attempts
from alerts
where
    status = 'sending'
    or (status = 'pending' and next_attempt_at <= $now)
order by created_at, event_id, recipient, version
