-- the digest of the inputs expected_occasions was last built from
select inputs_sha256 from calendar_state
where id = 1
