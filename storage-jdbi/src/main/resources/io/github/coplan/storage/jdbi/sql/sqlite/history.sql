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
