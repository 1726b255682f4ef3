-- PostgreSQL's forms of the history's statements that differ from the common ones.

-- Taken once per unit of work before its first append, and held until the unit ends: units that append take their
-- sequence numbers one after the other, each after the one before committed (see V5__history.sql). A key of its own,
-- beside the migration's (schema.lock).
-- name: history.lock
SELECT pg_advisory_xact_lock(7250184339812272)

-- The next n sequence numbers, n bound once; taken under history.lock.
-- name: history.numbers
SELECT nextval('${prefix}change_record_sequence') FROM generate_series(1, ?)

-- One record, which takes the next number itself, under history.lock, and returns it.
-- name: history.append
INSERT INTO ${prefix}change_record (sequence, command_id, actor, at_second, at_nano, aggregate_kind, aggregate_id,
  plan_id, version, command_name, reason, changes)
VALUES (nextval('${prefix}change_record_sequence'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING sequence

-- The same as a unit's first append: it takes history.lock itself before it takes its number, in one round trip. The
-- subquery that locks is run once, before nextval: PostgreSQL neither pulls up nor drops a subquery whose output is
-- volatile.
-- name: history.appendLocking
INSERT INTO ${prefix}change_record (sequence, command_id, actor, at_second, at_nano, aggregate_kind, aggregate_id,
  plan_id, version, command_name, reason, changes)
VALUES ((SELECT nextval('${prefix}change_record_sequence') FROM (SELECT pg_advisory_xact_lock(7250184339812272)) l),
  ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING sequence

-- The erasure switch of the append-only trigger (V5__history.sql), on for the rewrite of an erasure and off again
-- right after it; SET LOCAL ends with the transaction in any case, so a unit that fails in between leaves nothing on.
-- name: history.erasingOn
SET LOCAL coplan.erasing = 'on'

-- name: history.erasingOff
SET LOCAL coplan.erasing = 'off'
