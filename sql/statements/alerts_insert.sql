-- enqueue one alert; a second enqueue of the same key changes nothing
insert into alerts (
    event_id, version, recipient, kind, message_id, subject, sender, message,
    snapshot, reasons, thread_root, next_attempt_at, created_at
)
values (
    $event_id, $version, $recipient, $kind, $message_id, $subject, $sender, $message,
    $snapshot, $reasons, $thread_root, $now, $now
)
on conflict do nothing
returning message_id
