-- the remembered rejections among these page links
select
    url,
    etag,
    last_modified,
    body_sha256
from rejected_pages
where url in (select unnest($urls));
