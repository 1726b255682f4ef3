-- SQLite's forms of the network statements that differ from the common ones.

-- The network of :kind/:id up to :depth (NetworkRepository.network), in one statement. A step is a tie on :asOf: a
-- meeting at an activity both attended (each once, by the participations marked meets), or at a completed stop one
-- hosted and the other attended, whose earliest day is not after :asOf; or a relationship active on :asOf, either
-- way. Each step carries the meeting's key (activity.met_key, or the same form with the stop id for a stop) or the
-- relationship's id and type.
--   first_step: the steps from the root. ranked: the root's ties, one row per participant met, with the evidence
--   (how many meetings, the keys of the first and the last, how many relationships, their types joined by commas),
--   numbered strongest first: more meetings, then more relationships, then text order (kind, then id).
--   step, best: when :depth is 2, the steps from each participant of ranked, each with the least rank among the
--   steps to the same participant.
-- The result: the root's ties at depth 1 with their rank, then each participant reached at depth 2 with the least
-- rank it was reached from (its path goes through the strongest tie of the root) and the evidence of that tie, from
-- the steps of that rank alone. Participants at depth 2 include the root and those at
-- depth 1: the caller drops them. Two steps need no recursive query: one would send every row of the last step
-- through SQLite's recursion queue, which measured about twice as slow (docs/benchmarks.md), and its recursive
-- term could not rank the root's ties, which takes an aggregate.
-- name: network.reach
WITH first_step(kind, id, meeting, rel, type) AS (
  SELECT y.participant_kind, y.participant_id, a.met_key, NULL, NULL
  FROM ${prefix}participation x
  JOIN ${prefix}activity a ON a.id = x.activity_id
  JOIN ${prefix}participation y ON y.activity_id = x.activity_id AND y.meets = TRUE
  WHERE x.participant_id = :id AND x.participant_kind = :kind AND x.meets = TRUE AND a.met_earliest <= :asOf
    AND <visible> AND NOT (y.participant_kind = :kind AND y.participant_id = :id)
  UNION ALL
  SELECT 'PERSON', v.person_id,
    printf('%07d', v.day_earliest + 1000000) || lower(hex(v.activity_id)) || lower(hex(v.stop_id)) || '!' || v.day,
    NULL, NULL
  FROM ${prefix}stop_visit v
  JOIN ${prefix}activity a ON a.id = v.activity_id
  WHERE :kind = 'ORGANISATION' AND v.host_id = :id AND v.day_earliest <= :asOf AND <visible>
  UNION ALL
  SELECT 'ORGANISATION', v.host_id,
    printf('%07d', v.day_earliest + 1000000) || lower(hex(v.activity_id)) || lower(hex(v.stop_id)) || '!' || v.day,
    NULL, NULL
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
    MIN(meeting), MAX(meeting), COUNT(rel), group_concat(type)
  FROM first_step GROUP BY kind, id),
step(kind, id, rank, meeting, rel, type) AS (
  SELECT y.participant_kind, y.participant_id, r.rank, a.met_key, NULL, NULL
  FROM ranked r
  CROSS JOIN ${prefix}participation x ON x.participant_id = r.id AND x.participant_kind = r.kind AND x.meets = TRUE
  JOIN ${prefix}activity a ON a.id = x.activity_id
  JOIN ${prefix}participation y ON y.activity_id = x.activity_id AND y.meets = TRUE
  WHERE :depth > 1 AND a.met_earliest <= :asOf AND <visible>
  UNION ALL
  SELECT 'PERSON', v.person_id, r.rank,
    printf('%07d', v.day_earliest + 1000000) || lower(hex(v.activity_id)) || lower(hex(v.stop_id)) || '!' || v.day,
    NULL, NULL
  FROM ranked r
  CROSS JOIN ${prefix}stop_visit v ON v.host_id = r.id
  JOIN ${prefix}activity a ON a.id = v.activity_id
  WHERE :depth > 1 AND r.kind = 'ORGANISATION' AND v.day_earliest <= :asOf AND <visible>
  UNION ALL
  SELECT 'ORGANISATION', v.host_id, r.rank,
    printf('%07d', v.day_earliest + 1000000) || lower(hex(v.activity_id)) || lower(hex(v.stop_id)) || '!' || v.day,
    NULL, NULL
  FROM ranked r
  CROSS JOIN ${prefix}stop_visit v ON v.person_id = r.id
  JOIN ${prefix}activity a ON a.id = v.activity_id
  WHERE :depth > 1 AND r.kind = 'PERSON' AND v.day_earliest <= :asOf AND <visible>
  UNION ALL
  SELECT t.to_kind, t.to_id, r.rank, NULL, t.id, t.type
  FROM ranked r
  CROSS JOIN ${prefix}relationship t ON t.from_id = r.id AND t.from_kind = r.kind
  WHERE :depth > 1 AND t.start_earliest <= :asOf AND (t.end_latest IS NULL OR t.end_latest >= :asOf)
    AND <relVisible>
  UNION ALL
  SELECT t.from_kind, t.from_id, r.rank, NULL, t.id, t.type
  FROM ranked r
  CROSS JOIN ${prefix}relationship t ON t.to_id = r.id AND t.to_kind = r.kind
  WHERE :depth > 1 AND t.start_earliest <= :asOf AND (t.end_latest IS NULL OR t.end_latest >= :asOf)
    AND <relVisible>),
best(kind, id, rank, meeting, rel, type, least) AS (
  SELECT kind, id, rank, meeting, rel, type, MIN(rank) OVER (PARTITION BY kind, id) FROM step)
SELECT kind, id, 1, rank, meetings, first_key, last_key, rels, types FROM ranked
UNION ALL
SELECT kind, id, 2, rank, COUNT(meeting), MIN(meeting), MAX(meeting), COUNT(rel), group_concat(type) FROM best
WHERE rank = least GROUP BY kind, id
