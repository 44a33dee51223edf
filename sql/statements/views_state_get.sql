-- the digest of the view files the views were last created from
select views_sha256 from views_state
where id = 1
