-- remember pages that are not articles, with their validators
insert or replace into rejected_pages by name
select unnest($pages, recursive := true);
