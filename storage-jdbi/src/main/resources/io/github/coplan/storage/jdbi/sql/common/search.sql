-- The parts an activity search is put together from. Which parts a search uses depends only on which filters
-- the query has and how many values a set filter holds; every value is a bound parameter. The select list is
-- activity.select.

-- name: search.plan
a.plan_id = ?

-- A set filter is followed by "(?, ?, ...)", one parameter per value.
-- name: search.contentAreas
a.content_area IN

-- name: search.types
a.type IN

-- name: search.statuses
a.status IN

-- The activities a participant takes part in, from the participant's index: a database may start there when
-- the participant has few of them.
-- name: search.participant
a.id IN (SELECT p.activity_id FROM ${prefix}participation p WHERE p.participant_id = ? AND p.participant_kind = ?)

-- The activities a party leads.
-- name: search.leadParty
a.lead_party = ?

-- The planned span overlaps the window: it ends on or after its first day and starts on or before its last.
-- name: search.from
a.planned_latest >= ?

-- name: search.to
a.planned_earliest <= ?

-- The folded text occurs in the folded search text; SQLite's instr compares code points, never patterns.
-- name: search.text
instr(a.search_text, ?) > 0

-- Only the activities of plans that principals may see: the plans whose access is open, or on which one of the
-- principals holds a grant (by its text form). PRINCIPALS is replaced by "(?, ?, ...)", one parameter per principal;
-- without principals only open plans are seen (the forms ending in Open). The forms select the same plans, each
-- where it is planned best.
--
-- A search of one plan asks once, by the plan's key, whether the principals see it (the plan's id is bound before
-- the principals), and reads the plan's activities from its index as without the filter, however many plans are open.
-- name: search.visiblePlan
EXISTS (SELECT 1 FROM ${prefix}plan_access v WHERE v.plan_id = ? AND (v.visibility = 'OPEN'
  OR EXISTS (SELECT 1 FROM ${prefix}plan_grant g WHERE g.plan_id = v.plan_id AND g.principal IN PRINCIPALS)))

-- name: search.visiblePlanOpen
EXISTS (SELECT 1 FROM ${prefix}plan_access v WHERE v.plan_id = ? AND v.visibility = 'OPEN')

-- A page of every plan: the open plans (the index of visibility) and the granted ones (the index of principal and
-- plan). SQLite lists them first and reads their activities from the index of plan, then sorts those (a search that
-- starts from what the principals may see, as one that starts from a participant's activities).
-- name: search.visible
a.plan_id IN (SELECT v.plan_id FROM ${prefix}plan_access v WHERE v.visibility = 'OPEN'
  UNION ALL SELECT g.plan_id FROM ${prefix}plan_grant g WHERE g.principal IN PRINCIPALS)

-- name: search.visibleOpen
a.plan_id IN (SELECT v.plan_id FROM ${prefix}plan_access v WHERE v.visibility = 'OPEN')

-- The total of every plan. The same as search.visible, except on PostgreSQL (see postgres/search.sql), whose pages
-- take another form.
-- name: search.visibleCount
a.plan_id IN (SELECT v.plan_id FROM ${prefix}plan_access v WHERE v.visibility = 'OPEN'
  UNION ALL SELECT g.plan_id FROM ${prefix}plan_grant g WHERE g.principal IN PRINCIPALS)

-- The sort key column of each sort field (ActivitySort.Field); CREATED sorts by the time-ordered id alone.
-- name: search.key.PLANNED_START
a.planned_earliest

-- name: search.key.PLANNED_END
a.planned_latest

-- name: search.key.TITLE
a.sort_title

-- Keyset pages: rows strictly after the cursor's (key, id) in the sort's direction.
-- name: search.afterAscending
(KEY, a.id) > (?, ?)

-- name: search.afterDescending
(KEY, a.id) < (?, ?)

-- name: search.afterIdAscending
a.id > ?

-- name: search.afterIdDescending
a.id < ?

-- name: search.limit
LIMIT ?

-- The total of a search: its filters without the cursor, order and limit.
-- name: search.count
SELECT COUNT(*) FROM ${prefix}activity a
