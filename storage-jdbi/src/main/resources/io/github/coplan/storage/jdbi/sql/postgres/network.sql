-- PostgreSQL's forms of the network statements that differ from the common ones.

-- The network of :kind/:id up to :depth (NetworkRepository.network), in one recursive query: every participant
-- reached (kind, id), the depth of the step that reached it and the participant it was reached from, each such
-- step once. A step is a tie on :asOf: a meeting at an activity both attended, or at a completed stop one hosted and
-- the other attended, whose earliest day is not after :asOf; or a relationship active on :asOf, either way.
-- PostgreSQL takes one recursive term: the participants reached so far, each joined laterally to its ties, which
-- look up the postings by the participant's key.
-- name: network.reach
WITH RECURSIVE reach(kind, id, depth, parent_kind, parent_id) AS (
  SELECT CAST(:kind AS text), CAST(:id AS uuid), 0, CAST(NULL AS text), CAST(NULL AS uuid)
  UNION
  SELECT n.kind, n.id, r.depth + 1, r.kind, r.id
  FROM reach r
  CROSS JOIN LATERAL (
    SELECT y.participant_kind AS kind, y.participant_id AS id
    FROM ${prefix}participation x
    JOIN ${prefix}activity a ON a.id = x.activity_id
    JOIN ${prefix}participation y ON y.activity_id = x.activity_id AND y.status = 'ATTENDED'
    WHERE x.participant_id = r.id AND x.participant_kind = r.kind AND x.status = 'ATTENDED'
      AND a.met_earliest <= :asOf AND <visible>
      AND NOT (y.participant_kind = r.kind AND y.participant_id = r.id)
    UNION ALL
    SELECT 'PERSON', v.person_id
    FROM ${prefix}stop_visit v
    JOIN ${prefix}activity a ON a.id = v.activity_id
    WHERE r.kind = 'ORGANISATION' AND v.host_id = r.id AND v.day_earliest <= :asOf AND <visible>
    UNION ALL
    SELECT 'ORGANISATION', v.host_id
    FROM ${prefix}stop_visit v
    JOIN ${prefix}activity a ON a.id = v.activity_id
    WHERE r.kind = 'PERSON' AND v.person_id = r.id AND v.day_earliest <= :asOf AND <visible>
    UNION ALL
    SELECT t.to_kind, t.to_id
    FROM ${prefix}relationship t
    WHERE t.from_id = r.id AND t.from_kind = r.kind AND t.start_earliest <= :asOf
      AND (t.end_latest IS NULL OR t.end_latest >= :asOf) AND <relVisible>
    UNION ALL
    SELECT t.from_kind, t.from_id
    FROM ${prefix}relationship t
    WHERE t.to_id = r.id AND t.to_kind = r.kind AND t.start_earliest <= :asOf
      AND (t.end_latest IS NULL OR t.end_latest >= :asOf) AND <relVisible>
  ) n
  WHERE r.depth < :depth
)
SELECT kind, id, depth, parent_kind, parent_id FROM reach WHERE depth > 0
