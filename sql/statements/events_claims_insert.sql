-- write claims, one list per column (one statement for the whole batch)
insert into claims (
    article_id, decree_index, event_id, kind, country, country_code, issuer,
    count, count_text, count_low, count_high, count_magnitude, announced_on, occasion,
    occasion_text, conditions, exclusions, evidence, confidence
)
select
    unnest($article_id::varchar[]) as article_id,
    unnest($decree_index::integer[]) as decree_index,
    unnest($event_id::varchar[]) as event_id,
    unnest($kind::varchar[]) as kind,
    unnest($country::varchar[]) as country,
    unnest($country_code::varchar[]) as country_code,
    unnest($issuer::varchar[]) as issuer,
    unnest($count::bigint[]) as count,
    unnest($count_text::varchar[]) as count_text,
    unnest($count_low::bigint[]) as count_low,
    unnest($count_high::bigint[]) as count_high,
    unnest($count_magnitude::bigint[]) as count_magnitude,
    unnest($announced_on::date[]) as announced_on,
    unnest($occasion::varchar[]) as occasion,
    unnest($occasion_text::varchar[]) as occasion_text,
    unnest($conditions::varchar[][]) as conditions,
    unnest($exclusions::varchar[][]) as exclusions,
    unnest($evidence::varchar[][]) as evidence,
    unnest($confidence::double[]) as confidence
