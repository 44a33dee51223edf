-- write back what one round of polls left behind
update feeds set
    current_url = s.current_url,
    etag = s.etag,
    last_modified = s.last_modified,
    last_status = s.last_status,
    last_polled_at = s.last_polled_at,
    last_success_at = s.last_success_at,
    consecutive_failures = s.consecutive_failures,
    next_poll_at = s.next_poll_at,
    last_error = s.last_error,
    retired = s.retired,
    bozo = s.bozo
from (select unnest($states, recursive := true)) as s
where feeds.url = s.url;
