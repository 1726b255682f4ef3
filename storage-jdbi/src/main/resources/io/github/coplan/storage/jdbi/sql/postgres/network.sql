-- PostgreSQL's forms of the network statements that differ from the common ones.

-- The network of :kind/:id up to :depth (NetworkRepository.network), in one statement. A step is a tie on :asOf: a
-- meeting at an activity both attended (each once, by the participations marked meets), or at a completed stop one
-- hosted and the other attended, whose earliest day is not after :asOf; or a relationship active on :asOf, either
-- way. Each step carries the meeting's key (activity.met_key, or the same form with the stop id for a stop) or the
-- relationship's id and type.
--   first_step: the steps from the root. ranked: the root's ties, one row per participant met, with the evidence
--   (how many meetings, the keys of the first and the last, how many relationships, their types joined by commas),
--   numbered strongest first: more meetings, then more relationships, then text order (kind, then id).
--   step, tie: when :depth is 2, the steps from each participant of ranked, grouped by the participant reached and
--   the rank of the one it was reached from.
-- The result: the root's ties at depth 1 with their rank, then each participant reached at depth 2 with the least
-- rank it was reached from (its path goes through the strongest tie of the root) and the evidence of that tie
-- (DISTINCT ON). Participants at depth 2 include the root and those at depth 1: the caller drops them. Keys compare
-- byte by byte (COLLATE "C"). Two steps, as in SQLite's form, rather than a recursive query.
-- name: network.reach
WITH first_step(kind, id, meeting, rel, type) AS (
  SELECT y.participant_kind, y.participant_id, a.met_key, CAST(NULL AS uuid), CAST(NULL AS text)
  FROM ${prefix}participation x
  JOIN ${prefix}activity a ON a.id = x.activity_id
  JOIN ${prefix}participation y ON y.activity_id = x.activity_id AND y.meets = TRUE
  WHERE x.participant_id = :id AND x.participant_kind = :kind AND x.meets = TRUE AND a.met_earliest <= :asOf
    AND <visible> AND NOT (y.participant_kind = :kind AND y.participant_id = :id)
  UNION ALL
  SELECT 'PERSON', v.person_id,
    lpad((v.day_earliest + 1000000)::text, 7, '0') || replace(v.activity_id::text, '-', '')
    || replace(v.stop_id::text, '-', '') || '!' || v.day,
    CAST(NULL AS uuid), CAST(NULL AS text)
  FROM ${prefix}stop_visit v
  JOIN ${prefix}activity a ON a.id = v.activity_id
  WHERE :kind = 'ORGANISATION' AND v.host_id = :id AND v.day_earliest <= :asOf AND <visible>
  UNION ALL
  SELECT 'ORGANISATION', v.host_id,
    lpad((v.day_earliest + 1000000)::text, 7, '0') || replace(v.activity_id::text, '-', '')
    || replace(v.stop_id::text, '-', '') || '!' || v.day,
    CAST(NULL AS uuid), CAST(NULL AS text)
  FROM ${prefix}stop_visit v
  JOIN ${prefix}activity a ON a.id = v.activity_id
  WHERE :kind = 'PERSON' AND v.person_id = :id AND v.day_earliest <= :asOf AND <visible>
  UNION ALL
  SELECT t.to_kind, t.to_id, NULL, t.id, t.type
  FROM ${prefix}relationship t
  WHERE t.from_id = :id AND t.from_kind = :kind AND t.start_earliest <= :asOf
    AND (t.end_latest IS NULL OR t.end_latest >= :asOf) AND <relVisible>
  UNION ALL
  SELECT t.from_kind, t.from_id, NULL, t.id, t.type
  FROM ${prefix}relationship t
  WHERE t.to_id = :id AND t.to_kind = :kind AND t.start_earliest <= :asOf
    AND (t.end_latest IS NULL OR t.end_latest >= :asOf) AND <relVisible>),
ranked(kind, id, rank, meetings, first_key, last_key, rels, types) AS (
  SELECT kind, id, ROW_NUMBER() OVER (ORDER BY COUNT(meeting) DESC, COUNT(rel) DESC, kind, id), COUNT(meeting),
    MIN(meeting COLLATE "C"), MAX(meeting COLLATE "C"), COUNT(rel), string_agg(type, ',' ORDER BY type)
  FROM first_step GROUP BY kind, id),
step(kind, id, rank, meeting, rel, type) AS (
  SELECT y.participant_kind, y.participant_id, r.rank, a.met_key, CAST(NULL AS uuid), CAST(NULL AS text)
  FROM ranked r
  JOIN ${prefix}participation x ON x.participant_id = r.id AND x.participant_kind = r.kind AND x.meets = TRUE
  JOIN ${prefix}activity a ON a.id = x.activity_id
  JOIN ${prefix}participation y ON y.activity_id = x.activity_id AND y.meets = TRUE
  WHERE :depth > 1 AND a.met_earliest <= :asOf AND <visible>
  UNION ALL
  SELECT 'PERSON', v.person_id, r.rank,
    lpad((v.day_earliest + 1000000)::text, 7, '0') || replace(v.activity_id::text, '-', '')
    || replace(v.stop_id::text, '-', '') || '!' || v.day,
    CAST(NULL AS uuid), CAST(NULL AS text)
  FROM ranked r
  JOIN ${prefix}stop_visit v ON v.host_id = r.id
  JOIN ${prefix}activity a ON a.id = v.activity_id
  WHERE :depth > 1 AND r.kind = 'ORGANISATION' AND v.day_earliest <= :asOf AND <visible>
  UNION ALL
  SELECT 'ORGANISATION', v.host_id, r.rank,
    lpad((v.day_earliest + 1000000)::text, 7, '0') || replace(v.activity_id::text, '-', '')
    || replace(v.stop_id::text, '-', '') || '!' || v.day,
    CAST(NULL AS uuid), CAST(NULL AS text)
  FROM ranked r
  JOIN ${prefix}stop_visit v ON v.person_id = r.id
  JOIN ${prefix}activity a ON a.id = v.activity_id
  WHERE :depth > 1 AND r.kind = 'PERSON' AND v.day_earliest <= :asOf AND <visible>
  UNION ALL
  SELECT t.to_kind, t.to_id, r.rank, NULL, t.id, t.type
  FROM ranked r
  JOIN ${prefix}relationship t ON t.from_id = r.id AND t.from_kind = r.kind
  WHERE :depth > 1 AND t.start_earliest <= :asOf AND (t.end_latest IS NULL OR t.end_latest >= :asOf)
    AND <relVisible>
  UNION ALL
  SELECT t.from_kind, t.from_id, r.rank, NULL, t.id, t.type
  FROM ranked r
  JOIN ${prefix}relationship t ON t.to_id = r.id AND t.to_kind = r.kind
  WHERE :depth > 1 AND t.start_earliest <= :asOf AND (t.end_latest IS NULL OR t.end_latest >= :asOf)
    AND <relVisible>),
tie(kind, id, rank, meetings, first_key, last_key, rels, types) AS (
  SELECT kind, id, rank, COUNT(meeting), MIN(meeting COLLATE "C"), MAX(meeting COLLATE "C"), COUNT(rel), string_agg(type, ',' ORDER BY type)
  FROM step GROUP BY kind, id, rank)
SELECT kind, id, 1, rank, meetings, first_key, last_key, rels, types FROM ranked
UNION ALL
(SELECT DISTINCT ON (kind, id) kind, id, 2, rank, meetings, first_key, last_key, rels, types FROM tie
ORDER BY kind, id, rank)
