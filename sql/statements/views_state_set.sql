-- record the digest of the view files the views were created from
insert or replace into views_state (id, views_sha256)
values (1, $digest)
