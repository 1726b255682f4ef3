-- Statements of the plan repository. Selected columns are read by position: keep their order.

-- name: plan.find
SELECT id, version, code, title, summary, period, status, status_reason FROM ${prefix}plan WHERE id = ?

-- A plan whole, in one statement: its row (plan.find, locked or not, replaces <plan>) joined to its parts
-- (plan.parts replaces <parts>), one row per part, or one row of nulls after the plan's columns when it has none.
-- seen_version is the row's version in the statement's snapshot. On PostgreSQL at READ COMMITTED, a row that
-- FOR UPDATE locked after waiting for a unit that changed it comes at its latest version while the rest of the
-- statement, parts included, reads the snapshot from before: the two versions then differ. The plan's id is
-- bound four times.
-- name: plan.whole
SELECT x.id, x.version, x.code, x.title, x.summary, x.period, x.status, x.status_reason, s.version AS seen_version,
  y.part, y.ordinal, y.organisation_id, y.text1, y.text2, y.text3, y.day
FROM (<plan>) x
JOIN ${prefix}plan s ON s.id = x.id
LEFT JOIN (<parts>) y ON 1 = 1

-- name: plan.findByCode
SELECT id, version, code, title, summary, period, status, status_reason FROM ${prefix}plan WHERE code = ?

-- A plan's parts in one statement: its parties (part 1), content areas (part 2) and documents (part 3), in the
-- columns part, ordinal or number, organisation, then three texts and a day: a party's roles and signing day; a
-- content area's title; a document's type, title, link and day. The plan's id is bound three times. The rows come
-- in no order: the repository orders the few parts of a plan itself, which spares the database two sorts.
-- name: plan.parts
SELECT 1 AS part, ordinal, organisation_id, roles AS text1, NULL AS text2, NULL AS text3, signed_on AS day
FROM ${prefix}plan_party WHERE plan_id = ?
UNION ALL
SELECT 2, number, NULL, title, NULL, NULL, NULL FROM ${prefix}plan_content_area WHERE plan_id = ?
UNION ALL
SELECT 3, ordinal, NULL, type, title, link, dated FROM ${prefix}plan_document WHERE plan_id = ?

-- name: plan.exists
SELECT 1 FROM ${prefix}plan WHERE id = ?

-- name: plan.versionAndCode
SELECT version, code FROM ${prefix}plan WHERE id = ?

-- name: plan.codeOwner
SELECT id FROM ${prefix}plan WHERE code = ?

-- A plan row holds, besides its fields, what the look-ups need: the folded original title, the folded search text
-- and the period's earliest and latest day.
-- name: plan.insert
INSERT INTO ${prefix}plan (id, version, code, title, summary, period, status, status_reason, sort_title, search_text, period_earliest,
  period_latest)
VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT DO NOTHING

-- name: plan.update
UPDATE ${prefix}plan SET version = version + 1, code = ?, title = ?, summary = ?, period = ?, status = ?, status_reason = ?,
  sort_title = ?, search_text = ?, period_earliest = ?, period_latest = ?
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
