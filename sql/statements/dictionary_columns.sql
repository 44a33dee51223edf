-- every column of the analysts' views with its type and comment, in order
select
    table_name as view_name,
    column_name,
    data_type,
    comment
from duckdb_columns()
where
    database_name = current_database()
    and schema_name = 'main'
    and table_name like 'v\_%' escape '\'
order by table_name, column_index
