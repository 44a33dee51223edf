-- the analysts' views with their comments (COMMENT ON VIEW in sql/views/)
select
    view_name,
    comment
from duckdb_views()
where
    database_name = current_database()
    and schema_name = 'main'
    and not internal
    and view_name like 'v\_%' escape '\'
order by view_name
