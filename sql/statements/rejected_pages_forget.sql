-- pages now stored as articles are no longer rejected
delete from rejected_pages
where url in (select unnest($urls));
