-- PostgreSQL's forms of the history's statements that differ from the common ones.

-- Taken once per unit of work before its first append, and held until the unit ends: units that append take their
-- sequence numbers one after the other, each after the one before committed (see V5__history.sql). A key of its own,
-- beside the migration's (schema.lock).
-- name: history.lock
SELECT pg_advisory_xact_lock(7250184339812272)

-- The next n sequence numbers, n bound once; taken under history.lock.
-- name: history.numbers
SELECT nextval('${prefix}change_record_sequence') FROM generate_series(1, ?)
