-- claim one alert for sending; returns nothing when another run got it first
update alerts
set status = 'sending', attempts = attempts + 1, claimed_at = $now, rev = nextval('rev_seq')
where message_id = $message_id and status in ('pending', 'sending')
returning attempts
