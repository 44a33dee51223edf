-- the columns of every table of the working database, in order
select
    table_name,
    column_name
from duckdb_columns()
where
    database_name = current_database()
    and schema_name = 'main'
order by table_name, column_index
