-- The results framework (0.5.0): each result of a plan with its indicators and their periods, one aggregate in three
-- tables, and the observations reported for the indicators, each an aggregate of its own.
--
-- A value (an observation's, a target, a baseline) is kept exactly, never as a floating-point number, in four
-- columns: its kind ('quantity', 'ratio', 'score' or 'narrative'); its number as the plain text of its decimal (the
-- amount of a quantity, the numerator of a ratio, the level of a score: BigDecimal.toPlainString, without trailing
-- zeros); the denominator of a ratio, the same way; and the text of a narrative, as localized text. A missing value
-- (no target, no baseline) has a null kind and nulls in the other three columns.
--
-- result: its plan (not a foreign key: aggregates refer to each other by id, as activities do), its content area
-- (null for the plan as a whole), type (Java name), title and description (localized text).
CREATE TABLE ${prefix}result (
  id BLOB PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  plan_id BLOB NOT NULL,
  content_area INTEGER,
  type TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT
) STRICT;

-- A plan's results in their order: the plan as a whole first (a null area sorts first), then by area, then by id.
CREATE INDEX ${prefix}result_plan ON ${prefix}result (plan_id, content_area, id);

-- indicator: one row per indicator of a result, written with the result (its rows are replaced when the result is);
-- its id is unique across every result. ordinal is its place in the result. measure and aggregation are Java names,
-- ascending 0 or 1; the baseline is its date (a partial date's text), value and comment, all null without one;
-- dimensions is a JSON array of the dimensions in their order, each {"name":…,"values":[…]} (the empty array for
-- none).
CREATE TABLE ${prefix}indicator (
  id BLOB PRIMARY KEY NOT NULL,
  result_id BLOB NOT NULL REFERENCES ${prefix}result (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  title TEXT NOT NULL,
  measure TEXT NOT NULL,
  unit TEXT,
  ascending INTEGER NOT NULL CHECK (ascending IN (0, 1)),
  aggregation TEXT NOT NULL,
  baseline_date TEXT,
  baseline_kind TEXT CHECK (baseline_kind IN ('quantity', 'ratio', 'score', 'narrative')),
  baseline_number TEXT,
  baseline_denominator TEXT,
  baseline_text TEXT,
  baseline_comment TEXT,
  dimensions TEXT NOT NULL
) STRICT;

-- A result's indicators in their order: reading a result, and the rows its update replaces.
CREATE INDEX ${prefix}indicator_result ON ${prefix}indicator (result_id, ordinal);

-- indicator_period: one row per period of an indicator, written with its result; its start and end as partial dates
-- (text), with the first and last day they may mean (epoch days), and its target, a value (null kind for none).
CREATE TABLE ${prefix}indicator_period (
  indicator_id BLOB NOT NULL REFERENCES ${prefix}indicator (id) ON DELETE CASCADE,
  id BLOB NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  first_day INTEGER NOT NULL,
  last_day INTEGER NOT NULL,
  target_kind TEXT CHECK (target_kind IN ('quantity', 'ratio', 'score', 'narrative')),
  target_number TEXT,
  target_denominator TEXT,
  target_text TEXT,
  PRIMARY KEY (indicator_id, id)
) STRICT, WITHOUT ROWID;

-- observation: one row per observation, never deleted. Its indicator and period are not foreign keys: a result's
-- update replaces its indicator and period rows, and an observation outlives them. observed_on is an epoch day;
-- reporter the actor's text form (person:<id> or system:<name>), as the history keeps it; dimensions a JSON object of
-- the dimension values it is a breakdown for, by name in name order ({} for the period's total); status a Java name;
-- recorded_at the instant as recorded_second, the seconds since 1970-01-01T00:00:00Z, and recorded_nano, the
-- nanoseconds within that second, so that every java.time.Instant is kept exactly. Only status, note and version
-- ever change.
CREATE TABLE ${prefix}observation (
  id BLOB PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  indicator_id BLOB NOT NULL,
  period_id BLOB NOT NULL,
  value_kind TEXT NOT NULL CHECK (value_kind IN ('quantity', 'ratio', 'score', 'narrative')),
  value_number TEXT,
  value_denominator TEXT,
  value_text TEXT,
  observed_on INTEGER NOT NULL,
  reporter TEXT NOT NULL,
  dimensions TEXT NOT NULL,
  status TEXT NOT NULL,
  note TEXT,
  recorded_second INTEGER NOT NULL,
  recorded_nano INTEGER NOT NULL CHECK (recorded_nano BETWEEN 0 AND 999999999)
) STRICT;

-- An indicator's observations in their order (Actual.LATEST_LAST): by the day observed, the time recorded, the id.
CREATE INDEX ${prefix}observation_indicator
  ON ${prefix}observation (indicator_id, observed_on, recorded_second, recorded_nano, id);

INSERT INTO ${prefix}schema_history (version, description) VALUES (11, 'results');
