-- How the schema version is read on PostgreSQL, in the schema the connection's search path names first.

-- name: schema.historyExists
SELECT COUNT(*) FROM pg_catalog.pg_class c
WHERE c.relname = 'coplan_schema_history' AND c.relkind IN ('r', 'p')
  AND c.relnamespace = (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = current_schema())

-- name: schema.version
SELECT COALESCE(MAX(version), 0) FROM coplan_schema_history

-- Instances that start together migrate one at a time; the lock ends with the transaction.
-- name: schema.lock
SELECT pg_advisory_xact_lock(7250184339812271)

-- name: schema.encoding
SELECT pg_catalog.pg_encoding_to_char(encoding) FROM pg_catalog.pg_database WHERE datname = current_database()

-- A read-only unit reads one snapshot of the database.
-- name: transaction.readOnly
SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY

-- A bulk insert is undone as a whole when one of its rows is refused; the unit of work goes on.
-- name: transaction.savepoint
SAVEPOINT coplan_bulk

-- name: transaction.rollbackToSavepoint
ROLLBACK TO SAVEPOINT coplan_bulk

-- name: transaction.releaseSavepoint
RELEASE SAVEPOINT coplan_bulk
