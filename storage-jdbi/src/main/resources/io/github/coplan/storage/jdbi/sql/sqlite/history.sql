-- SQLite's forms of the history's statements that differ from the common ones.

-- The next n sequence numbers, n bound once: above the largest ever given (sqlite_sequence, kept by AUTOINCREMENT,
-- which inserting the numbers raises) and the largest stored. A writing unit holds the write lock from its start,
-- so no other unit takes numbers until it ends.
-- name: history.numbers
WITH RECURSIVE numbers (number, taken) AS (
  SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = '${prefix}change_record'), 0),
    COALESCE((SELECT MAX(sequence) FROM ${prefix}change_record), 0)) + 1, 1
  UNION ALL
  SELECT number + 1, taken + 1 FROM numbers WHERE taken < ?
)
SELECT number FROM numbers

-- One record, which takes the next number itself (AUTOINCREMENT: above the largest ever given) and returns it.
-- name: history.append
INSERT INTO ${prefix}change_record (command_id, actor, at_second, at_nano, aggregate_kind, aggregate_id, plan_id,
  version, command_name, reason, changes)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING sequence

-- The erasure switch of the append-only triggers (V5__history.sql): the one row of history_erasure, set to 1 for the
-- rewrite of an erasure and back to 0 right after it, in the same transaction, so that no other connection ever
-- sees it on (a writing unit holds the write lock, and a unit that fails in between is rolled back whole).
-- name: history.erasingOn
UPDATE ${prefix}history_erasure SET active = 1

-- name: history.erasingOff
UPDATE ${prefix}history_erasure SET active = 0
