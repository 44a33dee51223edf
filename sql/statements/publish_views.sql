-- the analysts' views of the working database (exported to Parquet)
select view_name
from duckdb_views()
where
    database_name = current_database()
    and schema_name = 'main'
    and not internal
    and view_name like 'v\_%' escape '\'
order by view_name
