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
