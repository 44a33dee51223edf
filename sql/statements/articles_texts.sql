-- the clean texts of a few stored articles (near-duplicate candidates to confirm)
select
    article_id,
    text
from articles
where article_id in (select unnest($ids));
