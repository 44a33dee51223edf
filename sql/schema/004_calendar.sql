-- 004_calendar: the expected-pardon calendar, and the ledger kind of the
-- missed-custom alert.
--
-- expected_occasions: one row per customary pardon occasion of one country
-- on one date (curated in pipeline/customs.yaml or learned from past
-- decrees), with the window in which a decree counts for it.  Rewritten as a
-- whole by pipeline.store.customs.refresh_occasions; read through
-- v_expected_pardons.
create table expected_occasions (
    country_code varchar not null,
    country varchar,
    custom varchar not null,
    custom_name varchar not null,
    -- the detector's occasion key a decree for it carries
    occasion varchar not null,
    calendar varchar not null check (calendar in ('gregorian', 'jalali', 'hijri')),
    source varchar not null check (source in ('curated', 'history')),
    occasion_date date not null,
    window_from date not null,
    window_to date not null,
    primary key (country_code, custom, occasion_date)
);

-- the alert ledger gains the kind 'missed' (event_id 'missed:CC:custom:DATE'):
-- DuckDB cannot alter a check constraint, so the table is rebuilt as it was
-- with the wider check, rows and index kept
create table alerts_rebuilt (
    event_id varchar not null,
    version integer not null,
    recipient varchar not null,
    kind varchar not null check (kind in ('new', 'followup', 'digest', 'missed')),
    message_id varchar not null unique,
    subject varchar not null,
    sender varchar not null,
    message blob not null,
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

insert into alerts_rebuilt by name
select * from alerts;

drop table alerts;

alter table alerts_rebuilt rename to alerts;

create index alerts_status on alerts (status, next_attempt_at);
