-- one row per cycle; a retried task rewrites its own row
insert or replace into runs by name
select unnest($runs, recursive := true);
