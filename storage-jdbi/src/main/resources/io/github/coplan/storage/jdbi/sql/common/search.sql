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
