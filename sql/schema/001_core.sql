-- 001_core: feeds and their poll state, articles (raw HTML kept), URL aliases,
-- detections and runs.  Applied once by pipeline.store and recorded in
-- schema_migrations.

-- url is the feed as configured (feeds.yaml); current_url is where it is
-- polled now, updated by a permanent redirect
create table feeds (
    url varchar primary key,
    current_url varchar,
    name varchar,
    language varchar,
    tags varchar[],
    verified boolean not null default false,
    etag varchar,
    last_modified varchar,
    last_status integer,
    last_polled_at timestamptz,
    last_success_at timestamptz,
    consecutive_failures integer not null default 0,
    next_poll_at timestamptz,
    last_error varchar,
    retired boolean not null default false,
    bozo boolean not null default false,
    added_at timestamptz not null default current_timestamp
);

-- one row per canonical URL: the page as fetched, its clean text and the
-- fingerprints used for deduplication
create table articles (
    article_id varchar primary key,
    url varchar not null unique,
    original_url varchar not null,
    feed_url varchar,
    source varchar,
    title varchar,
    published timestamptz,
    language varchar,
    text varchar not null,
    extraction varchar not null,
    fingerprint varchar not null,
    sketch ubigint[] not null,
    story_id varchar not null,
    html_zlib blob,
    fetched_at timestamptz,
    first_run_id varchar
);

create index articles_fingerprint on articles (fingerprint);

-- every URL form under which an article was seen (feed links, redirects,
-- tracking variants, exact copies on the same site)
create table article_urls (
    url varchar primary key,
    article_id varchar not null
);

-- one row per article: the detector's verdict and fields (payload is the
-- JSON contract of pipeline.models.Detection.to_dict)
create table detections (
    article_id varchar primary key,
    is_pardon_announcement boolean not null,
    confidence double not null,
    language varchar,
    rules varchar[],
    payload json not null,
    detected_at timestamptz not null
);

-- one row per cycle (run, import, reprocess, or an Airflow task)
create table runs (
    run_id varchar primary key,
    kind varchar not null,
    started_at timestamptz not null,
    finished_at timestamptz,
    feeds_polled integer not null default 0,
    feeds_not_modified integer not null default 0,
    feeds_failed integer not null default 0,
    entries_seen integer not null default 0,
    pages_fetched integer not null default 0,
    pages_failed integer not null default 0,
    new_articles integer not null default 0,
    duplicate_articles integer not null default 0,
    detections integer not null default 0,
    announcements integer not null default 0,
    events_new integer not null default 0,
    events_updated integer not null default 0,
    alerts_sent integer not null default 0,
    alerts_failed integer not null default 0,
    errors varchar[]
);
