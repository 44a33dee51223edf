-- a failed attempt: back to pending with a later next_attempt_at, or failed
update alerts
set
    status = $status, last_error = $error, next_attempt_at = $next_attempt_at,
    rev = nextval('rev_seq')
where message_id = $message_id
