-- the columns of one table of the working database, in order
select column_name
from duckdb_columns()
where
    database_name = current_database()
    and schema_name = 'main'
    and table_name = $table_name
order by column_index
