-- the base tables of the working database that go into the analysts' copy
select table_name
from duckdb_tables()
where
    database_name = current_database()
    and schema_name = 'main'
    and not temporary
order by table_name
