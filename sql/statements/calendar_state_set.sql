-- record the digest of the inputs of this calendar refresh
insert or replace into calendar_state (id, inputs_sha256, refreshed_at)
values (1, $digest, current_timestamp)
