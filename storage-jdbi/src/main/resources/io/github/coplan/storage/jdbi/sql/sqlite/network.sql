-- SQLite's forms of the network statements that differ from the common ones.

-- The network of :kind/:id up to :depth (NetworkRepository.network), in one recursive query: every participant
-- reached (kind, id), the depth of the step that reached it and the participant it was reached from, each such
-- step once. A step is a tie on :asOf: a meeting at an activity both attended, or at a completed stop one hosted and
-- the other attended, whose earliest day is not after :asOf; or a relationship active on :asOf, either way. SQLite
-- takes one recursive SELECT per kind of tie, each joining the participants reached so far to a posting by its key.
-- name: network.reach
WITH RECURSIVE reach(kind, id, depth, parent_kind, parent_id) AS (
  SELECT :kind, :id, 0, NULL, NULL
  UNION
  SELECT y.participant_kind, y.participant_id, r.depth + 1, r.kind, r.id
  FROM reach r
  JOIN ${prefix}participation x ON x.participant_id = r.id AND x.participant_kind = r.kind AND x.status = 'ATTENDED'
  JOIN ${prefix}activity a ON a.id = x.activity_id
  JOIN ${prefix}participation y ON y.activity_id = x.activity_id AND y.status = 'ATTENDED'
  WHERE r.depth < :depth AND a.met_earliest <= :asOf AND <visible>
    AND NOT (y.participant_kind = r.kind AND y.participant_id = r.id)
  UNION
  SELECT 'PERSON', v.person_id, r.depth + 1, r.kind, r.id
  FROM reach r
  JOIN ${prefix}stop_visit v ON v.host_id = r.id
  JOIN ${prefix}activity a ON a.id = v.activity_id
  WHERE r.depth < :depth AND r.kind = 'ORGANISATION' AND v.day_earliest <= :asOf AND <visible>
  UNION
  SELECT 'ORGANISATION', v.host_id, r.depth + 1, r.kind, r.id
  FROM reach r
  JOIN ${prefix}stop_visit v ON v.person_id = r.id
  JOIN ${prefix}activity a ON a.id = v.activity_id
  WHERE r.depth < :depth AND r.kind = 'PERSON' AND v.day_earliest <= :asOf AND <visible>
  UNION
  SELECT t.to_kind, t.to_id, r.depth + 1, r.kind, r.id
  FROM reach r
  JOIN ${prefix}relationship t ON t.from_id = r.id AND t.from_kind = r.kind
  WHERE r.depth < :depth AND t.start_earliest <= :asOf AND (t.end_latest IS NULL OR t.end_latest >= :asOf)
    AND <relVisible>
  UNION
  SELECT t.from_kind, t.from_id, r.depth + 1, r.kind, r.id
  FROM reach r
  JOIN ${prefix}relationship t ON t.to_id = r.id AND t.to_kind = r.kind
  WHERE r.depth < :depth AND t.start_earliest <= :asOf AND (t.end_latest IS NULL OR t.end_latest >= :asOf)
    AND <relVisible>
)
SELECT kind, id, depth, parent_kind, parent_id FROM reach WHERE depth > 0

-- The ties of participants of one kind (:kind), whose ids replace <ids>, up to :asOf, in brief: one row per side and
-- other side, with how many meetings (at an activity both attended, each once however many participations; at each
-- completed stop one hosted and the other attended), and the keys of the first and the last meeting in
-- Meeting.ORDER: the earliest day (offset to stay positive, seven digits), the activity id, the stop id (none for
-- the activity as a whole, which sorts before its stops as '!' sorts before every hex digit), '!', the day's text.
-- name: network.tiesFrom
WITH m AS (
  SELECT x.participant_kind AS a_kind, x.participant_id AS a_id, y.participant_kind AS b_kind,
    y.participant_id AS b_id, printf('%07d', a.met_earliest + 1000000) || hex(x.activity_id) || '!' || a.met_day AS k
  FROM ${prefix}participation x
  JOIN ${prefix}activity a ON a.id = x.activity_id
  JOIN ${prefix}participation y ON y.activity_id = x.activity_id AND y.status = 'ATTENDED'
  WHERE x.participant_id IN (<ids>) AND x.participant_kind = :kind AND x.status = 'ATTENDED'
    AND a.met_earliest <= :asOf AND <visible>
    AND NOT (y.participant_kind = x.participant_kind AND y.participant_id = x.participant_id)
  UNION ALL
  SELECT 'ORGANISATION', v.host_id, 'PERSON', v.person_id,
    printf('%07d', v.day_earliest + 1000000) || hex(v.activity_id) || hex(v.stop_id) || '!' || v.day
  FROM ${prefix}stop_visit v
  JOIN ${prefix}activity a ON a.id = v.activity_id
  WHERE :kind = 'ORGANISATION' AND v.host_id IN (<ids>) AND v.day_earliest <= :asOf AND <visible>
  UNION ALL
  SELECT 'PERSON', v.person_id, 'ORGANISATION', v.host_id,
    printf('%07d', v.day_earliest + 1000000) || hex(v.activity_id) || hex(v.stop_id) || '!' || v.day
  FROM ${prefix}stop_visit v
  JOIN ${prefix}activity a ON a.id = v.activity_id
  WHERE :kind = 'PERSON' AND v.person_id IN (<ids>) AND v.day_earliest <= :asOf AND <visible>)
SELECT a_kind, a_id, b_kind, b_id, COUNT(DISTINCT k), MIN(k), MAX(k) FROM m GROUP BY a_kind, a_id, b_kind, b_id
