-- 041_rejected_pages: pages fetched and found not to be an article, by the
-- link the feed gave, with the validators the server sent and a digest of the
-- body.  The next poll asks for such a page conditionally (If-None-Match,
-- If-Modified-Since) and does not extract it again while it is unchanged.
-- Written by pipeline.flow after each load; a page later stored as an article
-- is forgotten here.

-- one row per rejected page link
create table rejected_pages (
    url varchar primary key,
    final_url varchar,
    etag varchar,
    last_modified varchar,
    body_sha256 varchar,
    reason varchar not null,
    rejected_at timestamptz not null
);
