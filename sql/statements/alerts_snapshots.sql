-- one row per (event, recipient) with an instant alert: the latest version's
-- snapshot, and the thread root: the first email that was actually sent, with
-- its subject (null while none was, so follow-ups are not threaded to an email
-- the recipient never got; the subject is then the first email's).  Alerts
-- about an event merged into another count as the surviving event's, so its
-- recipients get a follow-up in the same thread, not a second "new decree".
with instant as (
    select
        coalesce(aliases.event_id, alerts.event_id) as event_id,
        alerts.recipient,
        alerts.version,
        alerts.status,
        alerts.snapshot,
        alerts.message_id,
        alerts.subject
    from alerts
    left join event_aliases as aliases on alerts.event_id = aliases.alias_id
    where alerts.kind in ('new', 'followup')
),

latest as (
    select
        event_id,
        recipient,
        max(version) as latest_version
    from instant
    group by event_id, recipient
),

first_sent as (
    select
        event_id,
        recipient,
        min(version) as root_version
    from instant
    where status = 'sent'
    group by event_id, recipient
)

select
    latest.event_id,
    latest.recipient,
    latest.latest_version,
    last_alert.snapshot,
    root.message_id as root_message_id,
    coalesce(root.subject, first_alert.subject) as root_subject
from latest
inner join instant as last_alert
    on
        latest.event_id = last_alert.event_id
        and latest.recipient = last_alert.recipient
        and latest.latest_version = last_alert.version
inner join instant as first_alert
    on
        latest.event_id = first_alert.event_id
        and latest.recipient = first_alert.recipient
        and first_alert.version = 1
left join first_sent
    on
        latest.event_id = first_sent.event_id
        and latest.recipient = first_sent.recipient
left join instant as root
    on
        first_sent.event_id = root.event_id
        and first_sent.recipient = root.recipient
        and first_sent.root_version = root.version
