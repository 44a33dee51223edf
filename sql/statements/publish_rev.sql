-- the last change number handed out (rows written since a publish have a
-- higher rev); 0 before any
select coalesce(max(last_value), 0) as rev
from duckdb_sequences()
where
    database_name = current_database()
    and schema_name = 'main'
    and sequence_name = 'rev_seq'
