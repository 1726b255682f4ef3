-- Statements of the activity repository. Selected columns are read by position: keep their order.

-- The columns of an activity, in the order the row mapper reads them; the search selects them too.
-- name: activity.select
SELECT a.id, a.version, a.plan_id, a.content_area, a.type, a.status, a.title, a.description, a.planned,
  a.location_country, a.location_city, a.location_venue, a.location_online, a.lead_party, a.parent_id,
  a.actual_start, a.actual_end, a.status_reason
FROM ${prefix}activity a

-- name: activity.find
SELECT a.id, a.version, a.plan_id, a.content_area, a.type, a.status, a.title, a.description, a.planned,
  a.location_country, a.location_city, a.location_venue, a.location_online, a.lead_party, a.parent_id,
  a.actual_start, a.actual_end, a.status_reason
FROM ${prefix}activity a WHERE a.id = ?

-- An activity's participations in order. A unit of work reads one snapshot, so they belong to the row it read.
-- name: activity.participations
SELECT activity_id, participant_kind, participant_id, role, status, affiliation_organisation, affiliation_position
FROM ${prefix}participation
WHERE activity_id = ?
ORDER BY ordinal

-- The same for several activities: the list of ids follows, then the order.
-- name: activity.participationsOfMany
SELECT activity_id, participant_kind, participant_id, role, status, affiliation_organisation, affiliation_position
FROM ${prefix}participation
WHERE activity_id IN

-- name: activity.participationsOfManyOrder
ORDER BY activity_id, ordinal

-- name: activity.exists
SELECT 1 FROM ${prefix}activity WHERE id = ?

-- name: activity.insert
INSERT INTO ${prefix}activity (id, version, plan_id, content_area, type, status, title, description, planned,
  planned_earliest, planned_latest, location_country, location_city, location_venue, location_online,
  lead_party, parent_id, actual_start, actual_end, status_reason, sort_title, search_text)
VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT DO NOTHING

-- The bulk insert's: a taken id fails the statement, which is cheaper than ON CONFLICT when none is.
-- name: activity.insertNew
INSERT INTO ${prefix}activity (id, version, plan_id, content_area, type, status, title, description, planned,
  planned_earliest, planned_latest, location_country, location_city, location_venue, location_online,
  lead_party, parent_id, actual_start, actual_end, status_reason, sort_title, search_text)
VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)

-- name: activity.update
UPDATE ${prefix}activity SET version = version + 1, plan_id = ?, content_area = ?, type = ?, status = ?, title = ?, description = ?,
  planned = ?, planned_earliest = ?, planned_latest = ?, location_country = ?, location_city = ?,
  location_venue = ?, location_online = ?, lead_party = ?, parent_id = ?, actual_start = ?, actual_end = ?,
  status_reason = ?, sort_title = ?, search_text = ?
WHERE id = ? AND version = ?

-- name: activity.insertParticipation
INSERT INTO ${prefix}participation (activity_id, ordinal, participant_kind, participant_id, role, status,
  affiliation_organisation, affiliation_position)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)

-- name: activity.updateParticipation
UPDATE ${prefix}participation SET participant_kind = ?, participant_id = ?, role = ?, status = ?,
  affiliation_organisation = ?, affiliation_position = ?
WHERE activity_id = ? AND ordinal = ?

-- name: activity.deleteParticipationsFrom
DELETE FROM ${prefix}participation WHERE activity_id = ? AND ordinal >= ?
