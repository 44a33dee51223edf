-- the primary key columns of every table of the working database, in order
select
    table_name,
    constraint_column_names as column_names
from duckdb_constraints()
where
    database_name = current_database()
    and schema_name = 'main'
    and constraint_type = 'PRIMARY KEY'
order by table_name
