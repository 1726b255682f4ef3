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

-- The ties of participants of one kind (:kind), whose ids replace <ids>, up to :asOf, in brief: one row per side and
-- other side, with how many meetings (at an activity both attended, each once however many participations; at each
-- completed stop one hosted and the other attended), and the keys of the first and the last meeting in
-- Meeting.ORDER, compared byte by byte (COLLATE "C"): the earliest day (offset to stay positive, seven digits), the
-- activity id, the stop id (none for the activity as a whole, which sorts before its stops as '!' sorts before every
-- hex digit and '-'), '!', the day's text.
-- name: network.tiesFrom
WITH m AS (
  SELECT x.participant_kind AS a_kind, x.participant_id AS a_id, y.participant_kind AS b_kind,
    y.participant_id AS b_id,
    lpad((a.met_earliest + 1000000)::text, 7, '0') || x.activity_id::text || '!' || a.met_day AS k
  FROM ${prefix}participation x
  JOIN ${prefix}activity a ON a.id = x.activity_id
  JOIN ${prefix}participation y ON y.activity_id = x.activity_id AND y.status = 'ATTENDED'
  WHERE x.participant_id IN (<ids>) AND x.participant_kind = :kind AND x.status = 'ATTENDED'
    AND a.met_earliest <= :asOf AND <visible>
    AND NOT (y.participant_kind = x.participant_kind AND y.participant_id = x.participant_id)
  UNION ALL
  SELECT 'ORGANISATION', v.host_id, 'PERSON', v.person_id,
    lpad((v.day_earliest + 1000000)::text, 7, '0') || v.activity_id::text || v.stop_id::text || '!' || v.day
  FROM ${prefix}stop_visit v
  JOIN ${prefix}activity a ON a.id = v.activity_id
  WHERE :kind = 'ORGANISATION' AND v.host_id IN (<ids>) AND v.day_earliest <= :asOf AND <visible>
  UNION ALL
  SELECT 'PERSON', v.person_id, 'ORGANISATION', v.host_id,
    lpad((v.day_earliest + 1000000)::text, 7, '0') || v.activity_id::text || v.stop_id::text || '!' || v.day
  FROM ${prefix}stop_visit v
  JOIN ${prefix}activity a ON a.id = v.activity_id
  WHERE :kind = 'PERSON' AND v.person_id IN (<ids>) AND v.day_earliest <= :asOf AND <visible>)
SELECT a_kind, a_id, b_kind, b_id, COUNT(DISTINCT k), MIN(k COLLATE "C"), MAX(k COLLATE "C") FROM m
GROUP BY a_kind, a_id, b_kind, b_id
