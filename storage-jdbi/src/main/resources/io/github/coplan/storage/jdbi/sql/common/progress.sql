-- The progress report of a plan, as PlanProgress defines it: aggregates, and two short lists.

-- Counts per content area and status, with how many of them end before the report day and how many start in the
-- upcoming window; which statuses count as overdue or upcoming is decided per status row. Parameters: the report
-- day, the report day, the window's last day, the plan.
-- name: progress.byStatus
SELECT content_area, status, COUNT(*),
  SUM(CASE WHEN planned_latest < ? THEN 1 ELSE 0 END),
  SUM(CASE WHEN planned_earliest >= ? AND planned_earliest <= ? THEN 1 ELSE 0 END)
FROM ${prefix}activity
WHERE plan_id = ?
GROUP BY content_area, status

-- Distinct participants per kind (people, organisations) and country; participations that are withdrawn and
-- activities that are cancelled do not count, nor participants the store does not hold.
-- name: progress.byCountry
SELECT participant_kind, country, COUNT(*) FROM (
  SELECT DISTINCT p.participant_kind, p.participant_id, COALESCE(o.country, pe.country) AS country
  FROM ${prefix}activity a
  JOIN ${prefix}participation p ON p.activity_id = a.id
  LEFT JOIN ${prefix}organisation o ON p.participant_kind = 'ORGANISATION' AND o.id = p.participant_id
  LEFT JOIN ${prefix}person pe ON p.participant_kind = 'PERSON' AND pe.id = p.participant_id
  WHERE a.plan_id = ? AND a.status <> 'CANCELLED' AND p.status <> 'WITHDRAWN'
) participant
WHERE country IS NOT NULL
GROUP BY participant_kind, country

-- Distinct participating organisations per type, by the same rules.
-- name: progress.byOrganisationType
SELECT o.type, COUNT(DISTINCT o.id)
FROM ${prefix}activity a
JOIN ${prefix}participation p ON p.activity_id = a.id
JOIN ${prefix}organisation o ON o.id = p.participant_id
WHERE a.plan_id = ? AND a.status <> 'CANCELLED' AND p.status <> 'WITHDRAWN' AND p.participant_kind = 'ORGANISATION'
GROUP BY o.type

-- The first overdue activities: latest planned day before the report day, neither completed nor cancelled, earliest
-- planned day first, then id. An overdue activity starts before the report day too, which bounds the walk of the
-- index on (plan_id, planned_earliest, id), read in the order asked for. Parameters: the plan, the report day, the
-- report day, the limit.
-- name: progress.overdue
SELECT a.id, a.title, a.planned, a.content_area, a.lead_party, a.status
FROM ${prefix}activity a
WHERE a.plan_id = ? AND a.planned_earliest < ? AND a.planned_latest < ? AND a.status NOT IN ('COMPLETED', 'CANCELLED')
ORDER BY a.planned_earliest, a.id
LIMIT ?

-- The first upcoming activities: earliest planned day in the window, proposed, planned, scheduled or postponed,
-- earliest planned day first, then id. Parameters: the plan, the report day, the window's last day, the limit.
-- name: progress.upcoming
SELECT a.id, a.title, a.planned, a.content_area, a.lead_party, a.status
FROM ${prefix}activity a
WHERE a.plan_id = ? AND a.planned_earliest >= ? AND a.planned_earliest <= ?
  AND a.status IN ('PROPOSED', 'PLANNED', 'SCHEDULED', 'POSTPONED')
ORDER BY a.planned_earliest, a.id
LIMIT ?
