update alerts
set
    status = 'sent', sent_at = $now, last_error = null, delivered_to = $delivered_to,
    rev = nextval('rev_seq')
where message_id = $message_id
