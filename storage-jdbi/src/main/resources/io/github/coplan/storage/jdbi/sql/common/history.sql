-- Statements of the history. Selected columns are read by position: keep their order.

-- The sequence number is taken before the insert (history.numbers) and bound with the rest.
-- name: history.insert
INSERT INTO ${prefix}change_record (sequence, command_id, actor, at_second, at_nano, aggregate_kind, aggregate_id,
  plan_id, version, command_name, reason, changes)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)

-- An aggregate's records below a version, newest first, on the unique index of aggregate and version.
-- name: history.ofAggregate
SELECT sequence, command_id, actor, at_second, at_nano, aggregate_kind, aggregate_id, plan_id, version,
  command_name, reason, changes
FROM ${prefix}change_record
WHERE aggregate_kind = ? AND aggregate_id = ? AND version < ?
ORDER BY version DESC
LIMIT ?

-- A plan's records after a sequence number, oldest first, on the index of plan and sequence.
-- name: history.ofPlan
SELECT sequence, command_id, actor, at_second, at_nano, aggregate_kind, aggregate_id, plan_id, version,
  command_name, reason, changes
FROM ${prefix}change_record
WHERE plan_id = ? AND sequence > ?
ORDER BY sequence
LIMIT ?

-- Erasure (HistoryRepository.erase): an aggregate's records with their changes, on the unique index of aggregate
-- and version; the changes of the records that held erased fields are then rewritten one by one, by sequence number.
-- name: history.changesOfAggregate
SELECT sequence, changes
FROM ${prefix}change_record
WHERE aggregate_kind = ? AND aggregate_id = ?
ORDER BY version

-- name: history.rewriteChanges
UPDATE ${prefix}change_record SET changes = ? WHERE sequence = ?
