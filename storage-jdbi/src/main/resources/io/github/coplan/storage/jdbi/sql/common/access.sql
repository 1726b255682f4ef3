-- Statements of the access repository (migration 6). Selected columns are read by position: keep their order.

-- name: access.find
SELECT plan_id, version, visibility FROM ${prefix}plan_access WHERE plan_id = ?

-- A plan's access whole, in one statement: its row (access.find, locked or not, replaces <access>) joined to its
-- grants, one row per grant, or one row of nulls after the access's columns when it has none. seen_version is the
-- row's version in the statement's snapshot, which differs from the row's when FOR UPDATE locked it after waiting
-- for a unit that changed it (see plan.whole). The plan's id is bound once. The grants come in no order: the
-- repository orders them by their ordinal.
-- name: access.whole
SELECT x.plan_id, x.version, x.visibility, s.version AS seen_version, g.ordinal, g.principal, g.role, g.areas
FROM (<access>) x
JOIN ${prefix}plan_access s ON s.plan_id = x.plan_id
LEFT JOIN ${prefix}plan_grant g ON g.plan_id = x.plan_id

-- name: access.exists
SELECT 1 FROM ${prefix}plan_access WHERE plan_id = ?

-- name: access.insert
INSERT INTO ${prefix}plan_access (plan_id, version, visibility) VALUES (?, 1, ?)
ON CONFLICT DO NOTHING

-- name: access.update
UPDATE ${prefix}plan_access SET version = version + 1, visibility = ? WHERE plan_id = ? AND version = ?

-- name: access.insertGrant
INSERT INTO ${prefix}plan_grant (plan_id, ordinal, principal, role, areas) VALUES (?, ?, ?, ?, ?)

-- name: access.deleteGrants
DELETE FROM ${prefix}plan_grant WHERE plan_id = ?
