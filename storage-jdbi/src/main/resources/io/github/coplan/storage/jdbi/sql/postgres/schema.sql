-- How the schema version is read on PostgreSQL, in the schema the connection's search path names first.

-- name: schema.historyExists
SELECT COUNT(*) FROM pg_catalog.pg_class c
WHERE c.relname = '${prefix}schema_history' AND c.relkind IN ('r', 'p')
  AND c.relnamespace = (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = current_schema())

-- name: schema.version
SELECT COALESCE(MAX(version), 0) FROM ${prefix}schema_history

-- Instances that start together migrate one at a time; the lock ends with the transaction.
-- name: schema.lock
SELECT pg_advisory_xact_lock(7250184339812271)

-- name: schema.encoding
SELECT pg_catalog.pg_encoding_to_char(encoding) FROM pg_catalog.pg_database WHERE datname = current_database()

-- Whether the history records checksums: it does not in a database made before they were recorded.
-- name: schema.hasChecksums
SELECT COUNT(*) FROM information_schema.columns
WHERE table_schema = current_schema() AND table_name = '${prefix}schema_history' AND column_name = 'checksum'

-- name: schema.history
SELECT version, checksum FROM ${prefix}schema_history ORDER BY version

-- name: schema.recordChecksum
UPDATE ${prefix}schema_history SET checksum = ? WHERE version = ?

-- Appended to a query of aggregate rows in a unit of work that writes: the rows stay as read until the unit ends.
-- FOR UPDATE rather than FOR SHARE: a unit that reads a row and then updates it would meet another that did the
-- same as a deadlock, which PostgreSQL finds only after deadlock_timeout (a second by default).
-- name: lock.keepRead
 FOR UPDATE
