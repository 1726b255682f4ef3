-- The parts the look-ups of plans, organisations and people are put together from (LookupSearch), and the statements
-- of the Java step of migration 4, which fills the look-up columns of the rows stored before it. As in search.sql,
-- which parts a look-up uses depends only on which filters the query has and how many values a set filter holds;
-- every value is a bound parameter. Selected columns are read by position: keep their order.

-- The columns of plan.find.
-- name: lookup.plan.select
SELECT p.id, p.version, p.code, p.title, p.summary, p.period, p.status, p.status_reason FROM ${prefix}plan p

-- name: lookup.plan.count
SELECT COUNT(*) FROM ${prefix}plan p

-- A code prefix is a range of the unique index of the code: from the prefix to the prefix followed by U+007F, which
-- sorts after every character a code may hold.
-- name: lookup.plan.codePrefix
p.code >= ? AND p.code < ?

-- name: lookup.plan.statuses
p.status IN

-- name: lookup.plan.party
p.id IN (SELECT pp.plan_id FROM ${prefix}plan_party pp WHERE pp.organisation_id = ?)

-- The period overlaps the window; a plan without a period has null days, which no window matches.
-- name: lookup.plan.from
p.period_latest >= ?

-- name: lookup.plan.to
p.period_earliest <= ?

-- name: lookup.plan.text
instr(p.search_text, ?) > 0

-- Only the plans that principals may see, as search.visible and search.visibleOpen select them for activities (and
-- PostgreSQL's form of lookup.plan.visible as its form of search.visible). The count has the same filter.
-- name: lookup.plan.visible
p.id IN (SELECT v.plan_id FROM ${prefix}plan_access v WHERE v.visibility = 'OPEN'
  UNION ALL SELECT g.plan_id FROM ${prefix}plan_grant g WHERE g.principal IN PRINCIPALS)

-- name: lookup.plan.visibleOpen
p.id IN (SELECT v.plan_id FROM ${prefix}plan_access v WHERE v.visibility = 'OPEN')

-- The sort keys. The code is unique: its order needs no tie-breaker, and its index has none.
-- name: lookup.plan.key.CODE
p.code

-- name: lookup.plan.key.TITLE
p.sort_title

-- name: lookup.plan.id
p.id

-- The columns of organisation.find.
-- name: lookup.organisation.select
SELECT o.id, o.version, o.name, o.acronym, o.alternative_names, o.type, o.country, o.parent_id, o.website FROM ${prefix}organisation o

-- name: lookup.organisation.count
SELECT COUNT(*) FROM ${prefix}organisation o

-- name: lookup.organisation.text
instr(o.search_text, ?) > 0

-- name: lookup.organisation.countries
o.country IN

-- name: lookup.organisation.types
o.type IN

-- name: lookup.organisation.parent
o.parent_id = ?

-- name: lookup.organisation.key.NAME
o.sort_name

-- name: lookup.organisation.id
o.id

-- The columns of person.find.
-- name: lookup.person.select
SELECT pe.id, pe.version, pe.name, pe.country, pe.expertise, pe.contact, pe.consent_to_publish FROM ${prefix}person pe

-- name: lookup.person.count
SELECT COUNT(*) FROM ${prefix}person pe

-- name: lookup.person.text
instr(pe.folded_name, ?) > 0

-- name: lookup.person.countries
pe.country IN

-- One of the person's affiliations with the organisation held on the day: it began on or before it, or on a day not
-- known, and ended on or after it, or not yet. The organisation, then the day twice, are bound.
-- name: lookup.person.affiliation
pe.id IN (SELECT f.person_id FROM ${prefix}person_affiliation f WHERE f.organisation_id = ?
  AND (f.from_day IS NULL OR f.from_day <= ?) AND (f.to_day IS NULL OR f.to_day >= ?))

-- name: lookup.person.key.NAME
pe.folded_name

-- name: lookup.person.id
pe.id

-- Keyset pages: rows strictly after the cursor's (key, id) in the sort's direction. KEY and ID are replaced by the
-- sort's key and the id column.
-- name: lookup.afterAscending
(KEY, ID) > (?, ?)

-- name: lookup.afterDescending
(KEY, ID) < (?, ?)

-- The same for a unique key whose index holds no id: the key's range, then the tie within it. The key is bound twice,
-- then the id.
-- name: lookup.uniqueAfterAscending
KEY >= ? AND (KEY > ? OR ID > ?)

-- name: lookup.uniqueAfterDescending
KEY <= ? AND (KEY < ? OR ID < ?)

-- name: lookup.limit
LIMIT ?

-- Migration 4 fills the look-up columns of the rows already stored, a page at a time in id order.
-- name: lookup.fill.plans
SELECT id, title, summary, period FROM ${prefix}plan WHERE id > ? ORDER BY id LIMIT ?

-- name: lookup.fill.firstPlans
SELECT id, title, summary, period FROM ${prefix}plan ORDER BY id LIMIT ?

-- The columns are derived from the row's own values: the plan's version stays as it is.
-- name: lookup.fill.plan
UPDATE ${prefix}plan SET sort_title = ?, search_text = ?, period_earliest = ?, period_latest = ? WHERE id = ?

-- name: lookup.fill.organisations
SELECT id, name, acronym, alternative_names FROM ${prefix}organisation WHERE id > ? ORDER BY id LIMIT ?

-- name: lookup.fill.firstOrganisations
SELECT id, name, acronym, alternative_names FROM ${prefix}organisation ORDER BY id LIMIT ?

-- name: lookup.fill.organisation
UPDATE ${prefix}organisation SET sort_name = ?, search_text = ? WHERE id = ?

-- name: lookup.fill.people
SELECT id, name FROM ${prefix}person WHERE id > ? ORDER BY id LIMIT ?

-- name: lookup.fill.firstPeople
SELECT id, name FROM ${prefix}person ORDER BY id LIMIT ?

-- name: lookup.fill.person
UPDATE ${prefix}person SET folded_name = ? WHERE id = ?
