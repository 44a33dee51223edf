-- stored articles whose normalised text is exactly one of these
select
    fingerprint,
    article_id,
    url,
    story_id
from articles
where fingerprint in (select unnest($fingerprints));
