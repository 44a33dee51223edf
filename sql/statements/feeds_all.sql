-- every feed with its health, for `pardonwatch feeds list`
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
order by retired, name nulls last, url;
