-- How the schema version is read on SQLite.

-- name: schema.historyExists
SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '${prefix}schema_history'

-- name: schema.version
SELECT COALESCE(MAX(version), 0) FROM ${prefix}schema_history

-- Whether the history records checksums: it does not in a database made before they were recorded.
-- name: schema.hasChecksums
SELECT COUNT(*) FROM pragma_table_info('${prefix}schema_history') WHERE name = 'checksum'

-- name: schema.history
SELECT version, checksum FROM ${prefix}schema_history ORDER BY version

-- name: schema.recordChecksum
UPDATE ${prefix}schema_history SET checksum = ? WHERE version = ?
