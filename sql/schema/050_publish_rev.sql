-- 050_publish_rev: a change number on every row of the tables that grow with
-- the archive, so that publishing copies the rows written since the last
-- publish instead of comparing whole tables.  rev_seq only grows; a row takes
-- a new number when it is inserted (the column's default) and when a
-- statement in sql/statements/ updates it (rev = nextval('rev_seq')).
-- pipeline.store.publish keeps the number it last published with the Parquet
-- export and leaves the column out of the analysts' copy.  Rows stored before
-- this migration are numbered here; the first publish after it is a full one.

create sequence rev_seq;

alter table articles add column rev bigint default nextval('rev_seq');

alter table article_urls add column rev bigint default nextval('rev_seq');

alter table detections add column rev bigint default nextval('rev_seq');

alter table events add column rev bigint default nextval('rev_seq');

alter table claims add column rev bigint default nextval('rev_seq');

alter table alerts add column rev bigint default nextval('rev_seq');
