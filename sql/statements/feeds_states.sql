-- poll state of the given feeds, in any order
select
    url,
    current_url,
    name,
    language,
    tags,
    etag,
    last_modified,
    last_status,
    last_polled_at,
    last_success_at,
    consecutive_failures,
    next_poll_at,
    last_error,
    retired,
    bozo
from feeds
where url in (select unnest($urls))
order by url;
