-- 003_alerts: the alert ledger.  One row per email to one recipient about one
-- version of one event (kind new or followup), or one recipient's digest of
-- one day (event_id 'digest:YYYY-MM-DD', version 1, kind digest).
--
-- The rendered message is stored as sent, so a retry or a re-send after a
-- crash is the same bytes with the same Message-ID.  States:
--   pending  -> sending (claimed, attempts + 1) -> sent
--   sending  -> pending (error, next_attempt_at backed off) | failed (max attempts)
-- A row left in 'sending' by a crash is sent again on the next run.

create table alerts (
    event_id varchar not null,
    version integer not null,
    recipient varchar not null,
    kind varchar not null check (kind in ('new', 'followup', 'digest')),
    message_id varchar not null unique,
    subject varchar not null,
    sender varchar not null,
    message blob not null,
    -- what the email told the recipient (pipeline.alerts.plan.AlertState), for follow-ups
    snapshot json,
    reasons varchar[],
    thread_root varchar,
    status varchar not null default 'pending'
    check (status in ('pending', 'sending', 'sent', 'failed')),
    attempts integer not null default 0,
    last_error varchar,
    next_attempt_at timestamptz not null,
    created_at timestamptz not null,
    claimed_at timestamptz,
    sent_at timestamptz,
    delivered_to varchar,
    primary key (event_id, version, recipient, kind)
);

create index alerts_status on alerts (status, next_attempt_at);
