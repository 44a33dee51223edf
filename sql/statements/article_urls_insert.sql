-- every URL form that leads to a stored article
insert into article_urls by name
select unnest($urls, recursive := true)
on conflict (url) do nothing;
