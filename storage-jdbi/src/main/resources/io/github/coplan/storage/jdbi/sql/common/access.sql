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

-- The organisations of a person's affiliations that hold on a day (Viewer.principals), in the affiliations' order:
-- the person's id, then the day twice.
-- name: access.staffOf
SELECT organisation_id FROM ${prefix}person_affiliation
WHERE person_id = ? AND (from_day IS NULL OR from_day <= ?) AND (to_day IS NULL OR to_day >= ?)
ORDER BY ordinal

-- The principals a viewer is (Viewer.principals) as the text forms of plan_grant.principal, inside a condition on a
-- grant g: the person's own (bound first), or the staff of an organisation of an affiliation of theirs that holds on
-- the day (the person's id and the day twice, bound next). <staff> becomes access.staffPrincipal, the text form of
-- f.organisation_id in each database.
-- name: access.viewerGrant
(g.principal = ? OR g.principal IN (SELECT <staff> FROM ${prefix}person_affiliation f
  WHERE f.person_id = ? AND (f.from_day IS NULL OR f.from_day <= ?) AND (f.to_day IS NULL OR f.to_day >= ?)))

-- A plan's access as far as it concerns a viewer (AccessRepository.findFor): its row joined to the viewer's grants
-- (<viewer> becomes access.viewerGrant and is bound first), one row per grant, or one row of nulls after the access's
-- columns when the viewer holds none; the plan's id is bound last. Never locked: the check of a command reads it.
-- name: access.forViewer
SELECT x.plan_id, x.version, x.visibility, x.version AS seen_version, g.ordinal, g.principal, g.role, g.areas
FROM ${prefix}plan_access x
LEFT JOIN ${prefix}plan_grant g ON g.plan_id = x.plan_id AND <viewer>
WHERE x.plan_id = ?

-- Whether a viewer may see the plan of an activity a: it is open, or they hold a grant on it (<viewer> becomes
-- access.viewerGrant, and is bound in its place); false when the plan has no access (both sides are null). Two
-- probes by the plan's key, one of plan_access and one of the plan's grants (a grant exists only for a plan that has
-- an access). Scalar subqueries rather than EXISTS: PostgreSQL may run an EXISTS under OR as a hashed subplan, which
-- reads the grants of every plan (it did on a store not yet analysed), where a scalar subquery is run for the row.
-- name: access.visibleToViewer
((SELECT v.visibility FROM ${prefix}plan_access v WHERE v.plan_id = a.plan_id) = 'OPEN'
  OR (SELECT 1 FROM ${prefix}plan_grant g WHERE g.plan_id = a.plan_id AND <viewer> LIMIT 1) = 1)
