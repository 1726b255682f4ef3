-- Statements of the plan repository. Selected columns are read by position: keep their order.

-- name: plan.find
SELECT id, version, code, title, summary, period, status, status_reason FROM ${prefix}plan WHERE id = ?

-- name: plan.findByCode
SELECT id, version, code, title, summary, period, status, status_reason FROM ${prefix}plan WHERE code = ?

-- A plan's parts, in order.
-- name: plan.parties
SELECT organisation_id, roles, signed_on FROM ${prefix}plan_party WHERE plan_id = ? ORDER BY ordinal

-- name: plan.contentAreas
SELECT number, title FROM ${prefix}plan_content_area WHERE plan_id = ? ORDER BY number

-- name: plan.documents
SELECT type, title, link, dated FROM ${prefix}plan_document WHERE plan_id = ? ORDER BY ordinal

-- name: plan.exists
SELECT 1 FROM ${prefix}plan WHERE id = ?

-- name: plan.versionAndCode
SELECT version, code FROM ${prefix}plan WHERE id = ?

-- name: plan.codeOwner
SELECT id FROM ${prefix}plan WHERE code = ?

-- name: plan.insert
INSERT INTO ${prefix}plan (id, version, code, title, summary, period, status, status_reason)
VALUES (?, 1, ?, ?, ?, ?, ?, ?)
ON CONFLICT DO NOTHING

-- name: plan.update
UPDATE ${prefix}plan SET version = version + 1, code = ?, title = ?, summary = ?, period = ?, status = ?, status_reason = ?
WHERE id = ? AND version = ?

-- name: plan.insertParty
INSERT INTO ${prefix}plan_party (plan_id, ordinal, organisation_id, roles, signed_on) VALUES (?, ?, ?, ?, ?)

-- name: plan.insertContentArea
INSERT INTO ${prefix}plan_content_area (plan_id, number, title) VALUES (?, ?, ?)

-- name: plan.insertDocument
INSERT INTO ${prefix}plan_document (plan_id, ordinal, type, title, link, dated) VALUES (?, ?, ?, ?, ?, ?)

-- name: plan.deleteParties
DELETE FROM ${prefix}plan_party WHERE plan_id = ?

-- name: plan.deleteContentAreas
DELETE FROM ${prefix}plan_content_area WHERE plan_id = ?

-- name: plan.deleteDocuments
DELETE FROM ${prefix}plan_document WHERE plan_id = ?
