-- Statements of the result repository (migrations 11 and 12). Selected columns are read by position: keep their order.
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
  i.baseline_number, i.baseline_denominator, i.baseline_text, i.baseline_comment, i.dimensions, i.rule_kind,
  i.rule_types, i.rule_content_areas, i.rule_roles, i.rule_countries
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
  baseline_kind, baseline_number, baseline_denominator, baseline_text, baseline_comment, dimensions, rule_kind,
  rule_types, rule_content_areas, rule_roles, rule_countries)
VALUES (:id, :result, :ordinal, :title, :measure, :unit, :ascending, :aggregation, :baselineDate, :baselineKind,
  :baselineNumber, :baselineDenominator, :baselineText, :baselineComment, :dimensions, :ruleKind, :ruleTypes,
  :ruleContentAreas, :ruleRoles, :ruleCountries)

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

-- ---- derived indicators (migration 12) ---------------------------------------------------------------------------
-- What a rule counts and its evidence, each in one statement. The day of an activity is met_earliest (the earliest
-- day of its actual start, else of its planned start), of an introduction agreed_on; both epoch days, read as one
-- range of the plan's rows in activity_derived or introduction_agreed. An empty set of the rule is "any": its
-- condition is left out. A condition's <values> become the named parameters of its elements (:type0, :type1, …).
-- Ids sort byte by byte (BLOB on SQLite, uuid on PostgreSQL), which is the order of their lower-case text, so the
-- evidence comes in Evidence.ORDER.

-- The periods a count is made in (span), before its statement: one row per period given, its place in the list (n)
-- and its first and last day; <periods> becomes the rows (:n0, :first0, :last0), (:n1, :first1, :last1), …
-- name: derive.periods
WITH span (n, first_day, last_day) AS (VALUES <periods>)

-- The activity types a rule counts.
-- name: rule.types
AND a.type IN (<values>)

-- The content areas of the activities a rule counts.
-- name: rule.contentAreas
AND a.content_area IN (<values>)

-- The roles of the attended participations a rule counts.
-- name: rule.roles
AND x.role IN (<values>)

-- The countries of the people a rule counts: a look-up of each person by the primary key.
-- name: rule.countries
AND EXISTS (SELECT 1 FROM ${prefix}person pe WHERE pe.id = x.participant_id AND pe.country IN (<values>))

-- The content areas of the introductions a rule counts (one filed under no content area is never in them).
-- name: rule.introductionAreas
AND i.content_area IN (<values>)

-- Completed activities per period, each once; a period with none has no row. <activities> becomes the conditions of
-- rule.types and rule.contentAreas the rule has.
-- name: derive.completedActivities
SELECT span.n, COUNT(a.id)
FROM span
JOIN ${prefix}activity a ON a.plan_id = :plan AND a.met_earliest BETWEEN span.first_day AND span.last_day
WHERE a.status = 'COMPLETED' <activities>
GROUP BY span.n

-- Completed activities per period, type and content area (NULL for none), for every rule of that kind at once: a
-- period and group with none has no row. Counts of activities add up, so each rule sums the groups its sets admit.
-- name: derive.completedActivitiesByGroup
SELECT span.n, a.type, a.content_area, COUNT(a.id)
FROM span
JOIN ${prefix}activity a ON a.plan_id = :plan AND a.met_earliest BETWEEN span.first_day AND span.last_day
WHERE a.status = 'COMPLETED'
GROUP BY span.n, a.type, a.content_area

-- name: evidence.completedActivities
SELECT a.met_earliest, a.id
FROM ${prefix}activity a
WHERE a.plan_id = :plan AND a.met_earliest BETWEEN :from AND :to AND a.status = 'COMPLETED' <activities>
ORDER BY a.met_earliest, a.id

-- Distinct people per period with an attended participation as a person in the activities the rule counts, their
-- participations read by the primary key (activity_id, ordinal); a period with none has no row. <attendees> becomes
-- the conditions of rule.roles and rule.countries the rule has.
-- name: derive.attendees
SELECT span.n, COUNT(DISTINCT x.participant_id)
FROM span
JOIN ${prefix}activity a ON a.plan_id = :plan AND a.met_earliest BETWEEN span.first_day AND span.last_day
JOIN ${prefix}participation x ON x.activity_id = a.id
WHERE x.status = 'ATTENDED' AND x.participant_kind = 'PERSON' <activities> <attendees>
GROUP BY span.n

-- One row per activity and person who attended it, however many attended participations they hold in it.
-- name: evidence.attendees
SELECT DISTINCT a.met_earliest, a.id, x.participant_id
FROM ${prefix}activity a
JOIN ${prefix}participation x ON x.activity_id = a.id
WHERE a.plan_id = :plan AND a.met_earliest BETWEEN :from AND :to AND x.status = 'ATTENDED'
  AND x.participant_kind = 'PERSON' <activities> <attendees>
ORDER BY a.met_earliest, a.id, x.participant_id

-- Introductions that reached an agreement per period, each once; a period with none has no row. <introductions>
-- becomes the condition of rule.introductionAreas when the rule has content areas.
-- name: derive.agreedIntroductions
SELECT span.n, COUNT(i.id)
FROM span
JOIN ${prefix}introduction i ON i.plan_id = :plan AND i.agreed_on BETWEEN span.first_day AND span.last_day
  <introductions>
GROUP BY span.n

-- Agreed introductions per period and content area (NULL for none), for every rule of that kind at once.
-- name: derive.agreedIntroductionsByGroup
SELECT span.n, i.content_area, COUNT(i.id)
FROM span
JOIN ${prefix}introduction i ON i.plan_id = :plan AND i.agreed_on BETWEEN span.first_day AND span.last_day
GROUP BY span.n, i.content_area

-- name: evidence.agreedIntroductions
SELECT i.agreed_on, i.id
FROM ${prefix}introduction i
WHERE i.plan_id = :plan AND i.agreed_on BETWEEN :from AND :to <introductions>
ORDER BY i.agreed_on, i.id
