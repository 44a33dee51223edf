-- one row per (event, recipient) with an instant alert: the latest version's
-- snapshot and the first email (the thread root)
with instant as (
    select
        event_id,
        recipient,
        version,
        snapshot,
        message_id,
        subject
    from alerts
    where kind in ('new', 'followup')
),

latest as (
    select
        event_id,
        recipient,
        max(version) as latest_version
    from instant
    group by event_id, recipient
)

select
    latest.event_id,
    latest.recipient,
    latest.latest_version,
    last_alert.snapshot,
    root.message_id as root_message_id,
    root.subject as root_subject
from latest
inner join instant as last_alert
    on
        latest.event_id = last_alert.event_id
        and latest.recipient = last_alert.recipient
        and latest.latest_version = last_alert.version
inner join instant as root
    on
        latest.event_id = root.event_id
        and latest.recipient = root.recipient
        and root.version = 1
