-- 002_events: decrees as events, every source's statement as a claim, and
-- the analysts' corrections.  Written by pipeline.events (update_events,
-- rebuild_events); read through the views in sql/views/.

-- one row per event (one decree as all its sources describe it)
create table events (
    event_id varchar primary key,
    country varchar,
    country_code varchar,
    -- lower-case country code (or name): the key candidates are looked up by
    country_key varchar,
    issuer varchar,
    -- the issuer's office ("supreme_leader", "king" ...), compared between reports
    issuer_key varchar,
    announced_on date,
    announced_from date,
    announced_to date,
    occasion varchar,
    occasion_text varchar,
    count bigint,
    count_low bigint,
    count_high bigint,
    spread varchar,
    conditions varchar[],
    exclusions varchar[],
    confidence double not null,
    sources integer not null,
    independent_sources integer not null,
    first_seen timestamptz not null,
    last_updated timestamptz not null,
    -- the mention whose hash gave the ID (see pipeline/events/ids.py)
    founding_article_id varchar not null,
    founding_decree_index integer not null,
    -- hash of the content: a recomputation that changes nothing writes nothing
    fingerprint varchar not null
);

create index events_country_dates on events (country_key, announced_to);

-- one row per decree of one article's detection, placed in one event
create table claims (
    article_id varchar not null,
    decree_index integer not null,
    event_id varchar not null,
    -- 'report' (states the decree) or 'implementation' (a later total, a named release)
    kind varchar not null,
    country varchar,
    country_code varchar,
    issuer varchar,
    count bigint,
    count_text varchar,
    count_low bigint,
    count_high bigint,
    announced_on date,
    occasion varchar,
    occasion_text varchar,
    conditions varchar[],
    exclusions varchar[],
    evidence varchar[],
    confidence double not null,
    primary key (article_id, decree_index)
);

create index claims_event on claims (event_id);

-- one row per analyst correction, applied after every clustering in order
create table event_overrides (
    override_id varchar primary key,
    -- 'merge': other_event_id folded into event_id;
    -- 'split': article_ids leave event_id for the new event other_event_id
    kind varchar not null check (kind in ('merge', 'split')),
    event_id varchar not null,
    other_event_id varchar not null,
    event_article_id varchar,
    event_decree_index integer,
    other_article_id varchar,
    other_decree_index integer,
    article_ids varchar[],
    article_urls varchar[],
    created_at timestamptz not null
);
