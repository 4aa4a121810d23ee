-- grain: one row per table of the connection's current database (the import tables may be
-- missing from a database built before they existed)
select table_name
from duckdb_tables()
where database_name = current_database()
