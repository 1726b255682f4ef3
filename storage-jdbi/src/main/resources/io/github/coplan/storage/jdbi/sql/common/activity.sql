-- Statements of the activity repository. Selected columns are read by position: keep their order.

-- The columns of an activity, in the order the row mapper reads them, then the sort keys of a search, so that a
-- query around this one can order by them. Searches and activity.find add their conditions. The itinerary is one
-- column of the row (migration 9), so every read of an activity, a search's included, has its stops without a join.
-- name: activity.select
SELECT a.id, a.version, a.plan_id, a.content_area, a.type, a.status, a.title, a.description, a.planned,
  a.location_country, a.location_city, a.location_venue, a.location_online, a.lead_party, a.parent_id,
  a.actual_start, a.actual_end, a.status_reason, a.itinerary, a.planned_earliest, a.planned_latest, a.sort_title
FROM ${prefix}activity a

-- name: activity.byId
WHERE a.id = ?

-- A list of ids follows.
-- name: activity.byIds
WHERE a.id IN

-- The activities a query of activity.select returns, each joined to its participations: one row per
-- participation, or one row of nulls after the activity's columns when it has none. <activities> is replaced by
-- the query, <order> by the ORDER BY of its activities (nothing for one activity), which keeps each activity's
-- rows together; the repository puts the participations of an activity in order by their ordinal, which spares
-- the database a sort. One statement reads an activity whole, so even a read outside a transaction sees its row
-- and its participations as they were together.
-- name: activity.withParticipations
SELECT a.id, a.version, a.plan_id, a.content_area, a.type, a.status, a.title, a.description, a.planned,
  a.location_country, a.location_city, a.location_venue, a.location_online, a.lead_party, a.parent_id,
  a.actual_start, a.actual_end, a.status_reason, a.itinerary,
  p.participant_kind, p.participant_id, p.role, p.status, p.affiliation_organisation, p.affiliation_position, p.ordinal
FROM (<activities>) a
LEFT JOIN ${prefix}participation p ON p.activity_id = a.id
<order>

-- name: activity.exists
SELECT 1 FROM ${prefix}activity WHERE id = ?

-- name: activity.insert
INSERT INTO ${prefix}activity (id, version, plan_id, content_area, type, status, title, description, planned,
  planned_earliest, planned_latest, location_country, location_city, location_venue, location_online,
  lead_party, parent_id, actual_start, actual_end, status_reason, sort_title, search_text, itinerary, met_day,
  met_earliest, met_key)
VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT DO NOTHING

-- The bulk insert's: a taken id fails the statement, which is cheaper than ON CONFLICT when none is.
-- name: activity.insertNew
INSERT INTO ${prefix}activity (id, version, plan_id, content_area, type, status, title, description, planned,
  planned_earliest, planned_latest, location_country, location_city, location_venue, location_online,
  lead_party, parent_id, actual_start, actual_end, status_reason, sort_title, search_text, itinerary, met_day,
  met_earliest, met_key)
VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)

-- name: activity.update
UPDATE ${prefix}activity SET version = version + 1, plan_id = ?, content_area = ?, type = ?, status = ?, title = ?, description = ?,
  planned = ?, planned_earliest = ?, planned_latest = ?, location_country = ?, location_city = ?,
  location_venue = ?, location_online = ?, lead_party = ?, parent_id = ?, actual_start = ?, actual_end = ?,
  status_reason = ?, sort_title = ?, search_text = ?, itinerary = ?, met_day = ?, met_earliest = ?,
  met_key = ?
WHERE id = ? AND version = ?

-- name: activity.insertParticipation
INSERT INTO ${prefix}participation (activity_id, ordinal, participant_kind, participant_id, role, status,
  affiliation_organisation, affiliation_position, meets)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)

-- name: activity.updateParticipation
UPDATE ${prefix}participation SET participant_kind = ?, participant_id = ?, role = ?, status = ?,
  affiliation_organisation = ?, affiliation_position = ?, meets = ?
WHERE activity_id = ? AND ordinal = ?

-- name: activity.deleteParticipationsFrom
DELETE FROM ${prefix}participation WHERE activity_id = ? AND ordinal >= ?

-- The meetings at an activity's completed stops (migration 10), rewritten with the activity: activity, stop, host,
-- person, host's role, person's role, day, day's earliest day.
-- name: activity.insertStopVisit
INSERT INTO ${prefix}stop_visit (activity_id, stop_id, host_id, person_id, host_role, person_role, day, day_earliest)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)

-- name: activity.deleteStopVisits
DELETE FROM ${prefix}stop_visit WHERE activity_id = ?
