-- reprocess: new extraction of stored pages, same keys
update articles set
    title = s.title,
    published = s.published,
    language = s.language,
    text = s.text,
    extraction = s.extraction,
    fingerprint = s.fingerprint,
    sketch = s.sketch,
    rev = nextval('rev_seq')
from (select unnest($articles, recursive := true)) as s
where articles.article_id = s.article_id;
