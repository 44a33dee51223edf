-- add configured feeds; keep the poll state of feeds already known
insert into feeds by name
select unnest($feeds, recursive := true)
on conflict (url) do update set
    name = coalesce(excluded.name, feeds.name),
    language = coalesce(excluded.language, feeds.language),
    tags = excluded.tags,
    verified = excluded.verified;
