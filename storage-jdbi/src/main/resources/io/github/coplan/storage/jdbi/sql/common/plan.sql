-- Statements of the plan repository. Selected columns are read by position: keep their order.

-- name: plan.find
SELECT id, version, code, title, summary, period, status, status_reason FROM plan WHERE id = ?

-- name: plan.findByCode
SELECT id, version, code, title, summary, period, status, status_reason FROM plan WHERE code = ?

-- A plan's parts, in order.
-- name: plan.parties
SELECT organisation_id, roles, signed_on FROM plan_party WHERE plan_id = ? ORDER BY ordinal

-- name: plan.contentAreas
SELECT number, title FROM plan_content_area WHERE plan_id = ? ORDER BY number

-- name: plan.documents
SELECT type, title, link, dated FROM plan_document WHERE plan_id = ? ORDER BY ordinal

-- name: plan.exists
SELECT 1 FROM plan WHERE id = ?

-- name: plan.versionAndCode
SELECT version, code FROM plan WHERE id = ?

-- name: plan.codeOwner
SELECT id FROM plan WHERE code = ?

-- name: plan.insert
INSERT INTO plan (id, version, code, title, summary, period, status, status_reason)
VALUES (?, 1, ?, ?, ?, ?, ?, ?)
ON CONFLICT DO NOTHING

-- name: plan.update
UPDATE plan SET version = version + 1, code = ?, title = ?, summary = ?, period = ?, status = ?, status_reason = ?
WHERE id = ? AND version = ?

-- name: plan.insertParty
INSERT INTO plan_party (plan_id, ordinal, organisation_id, roles, signed_on) VALUES (?, ?, ?, ?, ?)

-- name: plan.insertContentArea
INSERT INTO plan_content_area (plan_id, number, title) VALUES (?, ?, ?)

-- name: plan.insertDocument
INSERT INTO plan_document (plan_id, ordinal, type, title, link, dated) VALUES (?, ?, ?, ?, ?, ?)

-- name: plan.deleteParties
DELETE FROM plan_party WHERE plan_id = ?

-- name: plan.deleteContentAreas
DELETE FROM plan_content_area WHERE plan_id = ?

-- name: plan.deleteDocuments
DELETE FROM plan_document WHERE plan_id = ?
