-- place detections directly (tests and fixtures of the event stage):
-- $detections is a list of structs named like the columns (payload is
-- Detection.to_dict() as JSON); a stored verdict is replaced
insert or replace into detections by name
select unnest($detections, recursive := true)
