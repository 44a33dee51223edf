-- the primary key columns of one table of the working database, in order
select unnest(constraint_column_names) as column_name
from duckdb_constraints()
where
    database_name = current_database()
    and schema_name = 'main'
    and table_name = $table_name
    and constraint_type = 'PRIMARY KEY'
