-- place articles directly (tests and fixtures of the event stage): $articles is
-- a list of structs named like the columns; an article already stored is kept
insert into articles by name
select unnest($articles, recursive := true)
on conflict (article_id) do nothing
