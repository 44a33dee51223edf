-- 052_article_sketch_unkeyed: the near-duplicate index (040) without its
-- primary key.  DuckDB answers the candidate lookup (articles_near.sql, a join
-- on h) with a scan of this narrow table and a hash join, never through the
-- key's ART index (EXPLAIN: Seq Scan; 9 ms at 1.6 million rows with or
-- without the key), so the key only cost its upkeep: inserting the 16,000
-- values of 1,000 new articles took 0.24 s at 100,000 stored articles against
-- 0.01 s without it, and the checkpoint that writes the index 0.2 s more.
-- Rows stay unique without it: values are inserted only for articles stored
-- in the same transaction (new keys of articles), and re-extraction deletes
-- an article's values before inserting the new ones.

create table article_sketch_unkeyed (
    h ubigint not null,
    article_id varchar not null
);

insert into article_sketch_unkeyed
select
    h,
    article_id
from article_sketch;

drop table article_sketch;

alter table article_sketch_unkeyed rename to article_sketch;
