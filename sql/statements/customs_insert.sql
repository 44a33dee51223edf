-- the expected occasions of one refresh (rows of pipeline.customs.Occurrence.to_row)
insert into expected_occasions by name
select unnest($occasions, recursive := true)
