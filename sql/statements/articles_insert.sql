-- new articles; an existing canonical URL is never overwritten here
insert into articles by name
select unnest($articles, recursive := true)
on conflict (article_id) do nothing;
