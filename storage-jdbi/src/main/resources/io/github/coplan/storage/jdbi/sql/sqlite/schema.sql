-- How the schema version is read on SQLite.

-- name: schema.historyExists
SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'coplan_schema_history'

-- name: schema.version
SELECT COALESCE(MAX(version), 0) FROM coplan_schema_history

-- name: transaction.beginWrite
BEGIN IMMEDIATE

-- name: transaction.beginRead
BEGIN

-- name: transaction.commit
COMMIT

-- name: transaction.rollback
ROLLBACK

-- A bulk insert is undone as a whole when one of its rows is refused; the unit of work goes on.
-- name: transaction.savepoint
SAVEPOINT coplan_bulk

-- name: transaction.rollbackToSavepoint
ROLLBACK TO SAVEPOINT coplan_bulk

-- name: transaction.releaseSavepoint
RELEASE SAVEPOINT coplan_bulk
