-- 040_article_sketch: the near-duplicate index.  One row per value of each
-- article's MinHash sketch (articles.sketch), so that the candidates of a new
-- text are found by looking up its 16 values instead of unnesting every stored
-- sketch.  Filled by pipeline.store.articles when articles are stored or
-- re-extracted; backfilled here from the articles already stored.

create table article_sketch (
    h ubigint not null,
    article_id varchar not null,
    primary key (h, article_id)
);

insert into article_sketch
select distinct
    unnest(sketch) as h,
    article_id
from articles;
