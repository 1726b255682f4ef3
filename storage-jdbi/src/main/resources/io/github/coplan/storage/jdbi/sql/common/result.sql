-- Statements of the result repository (migration 11). Selected columns are read by position: keep their order.
-- The statements take named parameters.

-- ---- results -----------------------------------------------------------------------------------------------------

-- name: result.select
SELECT r.id, r.version, r.plan_id, r.content_area, r.type, r.title, r.description FROM ${prefix}result r

-- name: result.byId
WHERE r.id = :id

-- The result that holds an indicator: the indicator's row by its primary key, then the result's.
-- name: result.byIndicator
WHERE r.id = (SELECT i.result_id FROM ${prefix}indicator i WHERE i.id = :indicator)

-- A plan's results: the plan as a whole first, then by content area, then by id (the order of result_plan).
-- name: result.byPlan
WHERE r.plan_id = :plan
ORDER BY r.content_area NULLS FIRST, r.id

-- name: result.versionAndPlan
SELECT version, plan_id FROM ${prefix}result WHERE id = :id

-- name: result.insert
INSERT INTO ${prefix}result (id, version, plan_id, content_area, type, title, description)
VALUES (:id, 1, :plan, :area, :type, :title, :description)
ON CONFLICT DO NOTHING

-- The plan never changes.
-- name: result.update
UPDATE ${prefix}result SET version = version + 1, content_area = :area, type = :type, title = :title,
  description = :description
WHERE id = :id AND version = :version

-- ---- indicators and periods --------------------------------------------------------------------------------------

-- name: indicator.select
SELECT i.result_id, i.id, i.title, i.measure, i.unit, i.ascending, i.aggregation, i.baseline_date, i.baseline_kind,
  i.baseline_number, i.baseline_denominator, i.baseline_text, i.baseline_comment, i.dimensions
FROM ${prefix}indicator i

-- name: indicator.byResult
WHERE i.result_id = :result
ORDER BY i.ordinal

-- The indicators of every result of a plan, each result's in their order.
-- name: indicator.byPlan
JOIN ${prefix}result r ON r.id = i.result_id
WHERE r.plan_id = :plan
ORDER BY i.result_id, i.ordinal

-- name: period.select
SELECT p.indicator_id, p.id, p.start_date, p.end_date, p.target_kind, p.target_number, p.target_denominator,
  p.target_text
FROM ${prefix}indicator_period p

-- The periods of a result's indicators, in no order: an indicator orders its own.
-- name: period.byResult
JOIN ${prefix}indicator i ON i.id = p.indicator_id
WHERE i.result_id = :result

-- The periods of the indicators of every result of a plan, in no order.
-- name: period.byPlan
JOIN ${prefix}indicator i ON i.id = p.indicator_id
JOIN ${prefix}result r ON r.id = i.result_id
WHERE r.plan_id = :plan

-- name: indicator.owner
SELECT result_id FROM ${prefix}indicator WHERE id = :id

-- A plain INSERT: a taken id fails it, inside the savepoint that then undoes the write.
-- name: indicator.insert
INSERT INTO ${prefix}indicator (id, result_id, ordinal, title, measure, unit, ascending, aggregation, baseline_date,
  baseline_kind, baseline_number, baseline_denominator, baseline_text, baseline_comment, dimensions)
VALUES (:id, :result, :ordinal, :title, :measure, :unit, :ascending, :aggregation, :baselineDate, :baselineKind,
  :baselineNumber, :baselineDenominator, :baselineText, :baselineComment, :dimensions)

-- name: period.insert
INSERT INTO ${prefix}indicator_period (indicator_id, id, start_date, end_date, first_day, last_day, target_kind,
  target_number, target_denominator, target_text)
VALUES (:indicator, :id, :start, :end, :firstDay, :lastDay, :targetKind, :targetNumber, :targetDenominator,
  :targetText)

-- name: period.deleteOfResult
DELETE FROM ${prefix}indicator_period
WHERE indicator_id IN (SELECT i.id FROM ${prefix}indicator i WHERE i.result_id = :result)

-- name: indicator.deleteOfResult
DELETE FROM ${prefix}indicator WHERE result_id = :result

-- ---- observations ------------------------------------------------------------------------------------------------

-- name: observation.select
SELECT o.id, o.version, o.indicator_id, o.period_id, o.value_kind, o.value_number, o.value_denominator, o.value_text,
  o.observed_on, o.reporter, o.dimensions, o.status, o.note, o.recorded_second, o.recorded_nano
FROM ${prefix}observation o

-- name: observation.byId
WHERE o.id = :id

-- An indicator's observations in the order of Actual.LATEST_LAST, the order of observation_indicator.
-- name: observation.byIndicator
WHERE o.indicator_id = :indicator
ORDER BY o.observed_on, o.recorded_second, o.recorded_nano, o.id

-- The observations of the indicators of every result of a plan, in the order of Actual.LATEST_LAST.
-- name: observation.byPlan
JOIN ${prefix}indicator i ON i.id = o.indicator_id
JOIN ${prefix}result r ON r.id = i.result_id
WHERE r.plan_id = :plan
ORDER BY o.observed_on, o.recorded_second, o.recorded_nano, o.id

-- name: observation.exists
SELECT 1 FROM ${prefix}observation WHERE id = :id

-- name: observation.insert
INSERT INTO ${prefix}observation (id, version, indicator_id, period_id, value_kind, value_number, value_denominator,
  value_text, observed_on, reporter, dimensions, status, note, recorded_second, recorded_nano)
VALUES (:id, 1, :indicator, :period, :valueKind, :valueNumber, :valueDenominator, :valueText, :observedOn, :reporter,
  :dimensions, :status, :note, :recordedSecond, :recordedNano)
ON CONFLICT DO NOTHING

-- Only the review changes.
-- name: observation.review
UPDATE ${prefix}observation SET version = version + 1, status = :status, note = :note
WHERE id = :id AND version = :version
