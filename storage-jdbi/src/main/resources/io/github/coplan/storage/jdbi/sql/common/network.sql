-- Statements of the network repository (migration 10). Selected columns are read by position: keep their order.
-- The queries take named parameters. <visible> becomes a condition on the activity a (network.visible for a viewer,
-- network.all for none), <relVisible> one on the relationship t.

-- ---- types -------------------------------------------------------------------------------------------------------

-- name: network.type.select
SELECT code, label, reverse_label, from_kinds, to_kinds, both_ways FROM ${prefix}relationship_type

-- name: network.type.byCode
WHERE code = :code

-- name: network.type.order
ORDER BY code

-- name: network.type.insert
INSERT INTO ${prefix}relationship_type (code, label, reverse_label, from_kinds, to_kinds, both_ways)
VALUES (:code, :label, :reverseLabel, :fromKinds, :toKinds, :symmetric)
ON CONFLICT DO NOTHING

-- name: network.type.update
UPDATE ${prefix}relationship_type SET label = :label, reverse_label = :reverseLabel, from_kinds = :fromKinds,
  to_kinds = :toKinds, both_ways = :symmetric
WHERE code = :code

-- ---- relationships -----------------------------------------------------------------------------------------------

-- name: network.relationship.select
SELECT t.id, t.version, t.type, t.from_kind, t.from_id, t.to_kind, t.to_id, t.start_date, t.end_date, t.description,
  t.source_kind, t.source_id, t.plan_id, t.content_area
FROM ${prefix}relationship t

-- name: network.relationship.byId
WHERE t.id = :id

-- name: network.relationship.byTie
WHERE t.type = :type AND t.from_kind = :fromKind AND t.from_id = :fromId AND t.to_kind = :toKind AND t.to_id = :toId
  AND t.start_date = :start

-- The relationships of a participant, by start (earliest day), then id.
-- name: network.relationship.of
WHERE (t.from_id = :id AND t.from_kind = :kind) OR (t.to_id = :id AND t.to_kind = :kind)
ORDER BY t.start_earliest, t.id

-- name: network.relationship.from
WHERE t.source_id = :id AND t.source_kind = :kind
ORDER BY t.start_earliest, t.id

-- name: network.relationship.exists
SELECT 1 FROM ${prefix}relationship WHERE id = :id

-- name: network.relationship.insert
INSERT INTO ${prefix}relationship (id, version, type, from_kind, from_id, to_kind, to_id, start_date, start_earliest,
  end_date, end_latest, description, source_kind, source_id, plan_id, content_area)
VALUES (:id, 1, :type, :fromKind, :fromId, :toKind, :toId, :start, :startEarliest, :end, :endLatest, :description,
  :sourceKind, :sourceId, :plan, :area)
ON CONFLICT DO NOTHING

-- name: network.relationship.update
UPDATE ${prefix}relationship SET version = version + 1, type = :type, from_kind = :fromKind, from_id = :fromId,
  to_kind = :toKind, to_id = :toId, start_date = :start, start_earliest = :startEarliest, end_date = :end,
  end_latest = :endLatest, description = :description, source_kind = :sourceKind, source_id = :sourceId,
  plan_id = :plan, content_area = :area
WHERE id = :id AND version = :version

-- ---- visibility --------------------------------------------------------------------------------------------------

-- No limit: a null viewer sees everything.
-- name: network.all
1 = 1

-- The plans a viewer may see (PlanAccess.visibleTo): open ones, and those they hold a grant on as one of their
-- principals (themself, bound as :vPrincipal, or the staff of an organisation of an affiliation of theirs that holds
-- on :vDay). <staff> becomes access.staffPrincipal. <plan> becomes the column of the plan.
-- name: network.visible
<plan> IN (SELECT x.plan_id FROM ${prefix}plan_access x WHERE x.visibility = 'OPEN' OR EXISTS (
  SELECT 1 FROM ${prefix}plan_grant g WHERE g.plan_id = x.plan_id AND (g.principal = :vPrincipal
    OR g.principal IN (SELECT <staff> FROM ${prefix}person_affiliation f WHERE f.person_id = :vPerson
      AND (f.from_day IS NULL OR f.from_day <= :vDay) AND (f.to_day IS NULL OR f.to_day >= :vDay)))))

-- ---- meetings ----------------------------------------------------------------------------------------------------

-- The meetings of participants of one kind (:kind), whose ids replace <ids>, up to :asOf, one row per meeting and
-- side: the side's kind and id, the other's kind and id, activity, stop (null for the activity as a whole), day,
-- day's earliest day, the side's role, the other's role. At an activity both attended, each meets with the role of
-- its first attended participation (the one marked meets); at a completed stop, the host meets each attendee
-- (stop_visit holds the roles of their first participations).
-- name: network.meetingsFrom
SELECT x.participant_kind, x.participant_id, y.participant_kind, y.participant_id, x.activity_id, NULL, a.met_day,
  a.met_earliest, x.role, y.role
FROM ${prefix}participation x
JOIN ${prefix}activity a ON a.id = x.activity_id
JOIN ${prefix}participation y ON y.activity_id = x.activity_id AND y.meets = TRUE
WHERE x.participant_id IN (<ids>) AND x.participant_kind = :kind AND x.meets = TRUE
  AND a.met_earliest <= :asOf AND <visible>
  AND NOT (y.participant_kind = x.participant_kind AND y.participant_id = x.participant_id)
UNION ALL
SELECT 'ORGANISATION', v.host_id, 'PERSON', v.person_id, v.activity_id, v.stop_id, v.day, v.day_earliest,
  v.host_role, v.person_role
FROM ${prefix}stop_visit v
JOIN ${prefix}activity a ON a.id = v.activity_id
WHERE :kind = 'ORGANISATION' AND v.host_id IN (<ids>) AND v.day_earliest <= :asOf AND <visible>
UNION ALL
SELECT 'PERSON', v.person_id, 'ORGANISATION', v.host_id, v.activity_id, v.stop_id, v.day, v.day_earliest,
  v.person_role, v.host_role
FROM ${prefix}stop_visit v
JOIN ${prefix}activity a ON a.id = v.activity_id
WHERE :kind = 'PERSON' AND v.person_id IN (<ids>) AND v.day_earliest <= :asOf AND <visible>

-- Every meeting at activities on the condition <activities> (on a), one row per meeting and side, with the columns
-- of network.meetingsFrom.
-- name: network.meetings
SELECT x.participant_kind AS a_kind, x.participant_id AS a_id, y.participant_kind AS b_kind,
  y.participant_id AS b_id, x.activity_id AS activity_id, NULL AS stop_id, a.met_day AS day,
  a.met_earliest AS day_earliest, x.role AS a_role, y.role AS b_role
FROM ${prefix}activity a
JOIN ${prefix}participation x ON x.activity_id = a.id AND x.meets = TRUE
JOIN ${prefix}participation y ON y.activity_id = a.id AND y.meets = TRUE
WHERE <activities> AND <visible>
  AND NOT (y.participant_kind = x.participant_kind AND y.participant_id = x.participant_id)
UNION ALL
SELECT 'ORGANISATION', v.host_id, 'PERSON', v.person_id, v.activity_id, v.stop_id, v.day, v.day_earliest,
  v.host_role, v.person_role
FROM ${prefix}stop_visit v
JOIN ${prefix}activity a ON a.id = v.activity_id
WHERE <activities> AND <visible>
UNION ALL
SELECT 'PERSON', v.person_id, 'ORGANISATION', v.host_id, v.activity_id, v.stop_id, v.day, v.day_earliest,
  v.person_role, v.host_role
FROM ${prefix}stop_visit v
JOIN ${prefix}activity a ON a.id = v.activity_id
WHERE <activities> AND <visible>

-- The most connected participants (NetworkRepository.mostConnected): <meetings> becomes network.meetings. Each
-- participant with how many others it met and how many meetings, best first, then by text form (kind, then id).
-- name: network.mostConnected
WITH m AS (<meetings>),
pairs AS (
  SELECT a_kind, a_id, b_kind, b_id, COUNT(*) AS n FROM m
  WHERE day_earliest >= :from AND day_earliest <= :to
  GROUP BY a_kind, a_id, b_kind, b_id)
SELECT a_kind, a_id, COUNT(*) AS connections, SUM(n) AS meetings FROM pairs
GROUP BY a_kind, a_id
ORDER BY connections DESC, meetings DESC, a_kind, a_id
LIMIT :limit

-- The connections made (NetworkRepository.connectionsMade): <meetings> becomes network.meetings on the plan (and
-- content area). Every meeting of each pair, its sides in text order, whose first meeting's earliest day lies in
-- :from to :to; with the country of each side, and the type of an organisation.
-- name: network.connectionsMade
WITH m AS (<meetings>),
u AS (SELECT * FROM m WHERE a_kind < b_kind OR (a_kind = b_kind AND a_id < b_id)),
p AS (
  SELECT a_kind, a_id, b_kind, b_id FROM u
  GROUP BY a_kind, a_id, b_kind, b_id
  HAVING MIN(day_earliest) >= :from AND MIN(day_earliest) <= :to)
SELECT u.a_kind, u.a_id, u.b_kind, u.b_id, u.activity_id, u.stop_id, u.day, u.day_earliest, u.a_role, u.b_role,
  CASE WHEN u.a_kind = 'PERSON' THEN (SELECT pa.country FROM ${prefix}person pa WHERE pa.id = u.a_id)
    ELSE (SELECT oa.country FROM ${prefix}organisation oa WHERE oa.id = u.a_id) END,
  CASE WHEN u.a_kind = 'ORGANISATION' THEN (SELECT oa.type FROM ${prefix}organisation oa WHERE oa.id = u.a_id) END,
  CASE WHEN u.b_kind = 'PERSON' THEN (SELECT pb.country FROM ${prefix}person pb WHERE pb.id = u.b_id)
    ELSE (SELECT ob.country FROM ${prefix}organisation ob WHERE ob.id = u.b_id) END,
  CASE WHEN u.b_kind = 'ORGANISATION' THEN (SELECT ob.type FROM ${prefix}organisation ob WHERE ob.id = u.b_id) END
FROM u
JOIN p ON p.a_kind = u.a_kind AND p.a_id = u.a_id AND p.b_kind = u.b_kind AND p.b_id = u.b_id

-- ---- the migration step ------------------------------------------------------------------------------------------

-- name: network.fill.first
SELECT id, actual_start, planned, itinerary FROM ${prefix}activity ORDER BY id LIMIT ?

-- name: network.fill.next
SELECT id, actual_start, planned, itinerary FROM ${prefix}activity WHERE id > ? ORDER BY id LIMIT ?

-- name: network.fill.day
UPDATE ${prefix}activity SET met_day = ?, met_earliest = ?, met_key = ? WHERE id = ?

-- name: network.fill.participations
SELECT participant_kind, participant_id, role, status FROM ${prefix}participation WHERE activity_id = ?
ORDER BY ordinal
