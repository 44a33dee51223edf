-- write events, one list per column (one statement for the whole batch)
insert into events (
    event_id, country, country_code, country_key, issuer, issuer_key,
    announced_on, announced_from, announced_to, occasion, occasion_text,
    count, count_low, count_high, spread, conditions, exclusions, confidence,
    sources, independent_sources, first_seen, last_updated,
    founding_article_id, founding_decree_index, fingerprint
)
select
    unnest($event_id::varchar[]) as event_id,
    unnest($country::varchar[]) as country,
    unnest($country_code::varchar[]) as country_code,
    unnest($country_key::varchar[]) as country_key,
    unnest($issuer::varchar[]) as issuer,
    unnest($issuer_key::varchar[]) as issuer_key,
    unnest($announced_on::date[]) as announced_on,
    unnest($announced_from::date[]) as announced_from,
    unnest($announced_to::date[]) as announced_to,
    unnest($occasion::varchar[]) as occasion,
    unnest($occasion_text::varchar[]) as occasion_text,
    unnest($count::bigint[]) as count,
    unnest($count_low::bigint[]) as count_low,
    unnest($count_high::bigint[]) as count_high,
    unnest($spread::varchar[]) as spread,
    unnest($conditions::varchar[][]) as conditions,
    unnest($exclusions::varchar[][]) as exclusions,
    unnest($confidence::double[]) as confidence,
    unnest($sources::integer[]) as sources,
    unnest($independent_sources::integer[]) as independent_sources,
    unnest($first_seen::timestamptz[]) as first_seen,
    unnest($last_updated::timestamptz[]) as last_updated,
    unnest($founding_article_id::varchar[]) as founding_article_id,
    unnest($founding_decree_index::integer[]) as founding_decree_index,
    unnest($fingerprint::varchar[]) as fingerprint
