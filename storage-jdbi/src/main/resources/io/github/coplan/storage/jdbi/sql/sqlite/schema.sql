-- How the schema version is read on SQLite.

-- name: schema.historyExists
SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '${prefix}schema_history'

-- name: schema.version
SELECT COALESCE(MAX(version), 0) FROM ${prefix}schema_history

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

-- Whether the history records checksums: it does not in a database made before they were recorded.
-- name: schema.hasChecksums
SELECT COUNT(*) FROM pragma_table_info('${prefix}schema_history') WHERE name = 'checksum'

-- name: schema.history
SELECT version, checksum FROM ${prefix}schema_history ORDER BY version

-- name: schema.recordChecksum
UPDATE ${prefix}schema_history SET checksum = ? WHERE version = ?
