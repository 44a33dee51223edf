-- sketch values of new or re-extracted articles into the near-duplicate index
insert into article_sketch by name
select distinct
    unnest($article_id) as article_id,
    unnest($h) as h
on conflict do nothing;
