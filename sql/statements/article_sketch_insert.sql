-- sketch values of new or re-extracted articles into the near-duplicate index
-- (each article's values once; see schema/052 for why there is no key)
insert into article_sketch by name
select distinct
    unnest($article_id) as article_id,
    unnest($h) as h;
