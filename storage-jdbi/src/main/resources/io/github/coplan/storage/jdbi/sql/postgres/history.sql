-- PostgreSQL's forms of the history's statements that differ from the common ones.

-- Taken once per unit of work before its first append, and held until the unit ends: units that append take their
-- sequence numbers one after the other, each after the one before committed (see V5__history.sql). A key of its own,
-- beside the migration's (schema.lock).
-- name: history.lock
SELECT pg_advisory_xact_lock(7250184339812272)

-- The next n sequence numbers, n bound once; taken under history.lock.
-- name: history.numbers
SELECT nextval('${prefix}change_record_sequence') FROM generate_series(1, ?)

-- The erasure switch of the append-only trigger (V5__history.sql), on for the rewrite of an erasure and off again
-- right after it; SET LOCAL ends with the transaction in any case, so a unit that fails in between leaves nothing on.
-- name: history.erasingOn
SET LOCAL coplan.erasing = 'on'

-- name: history.erasingOff
SET LOCAL coplan.erasing = 'off'
