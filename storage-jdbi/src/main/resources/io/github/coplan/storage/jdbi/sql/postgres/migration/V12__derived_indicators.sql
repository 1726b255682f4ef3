-- Derived indicators (0.5.0): an indicator whose actual the store counts from the plan's own records by a rule,
-- instead of from observations, and the indexes the counts and their evidence read.
--
-- The rule of a derived indicator, in its row: its kind ('completed_activities', 'attendees' or
-- 'agreed_introductions'; null for an observed indicator) and its sets, each the text forms of its elements in the
-- rule's order joined by commas (activity types and participation roles by Java name in declaration order, content
-- areas by number in numeric order, countries by code in code order: none of them holds a comma), the empty string
-- for an empty set ("any"), null for a set the kind does not have or for an observed indicator. Text rather than
-- arrays, as on SQLite: the sets are only ever read back whole with their indicator.
ALTER TABLE ${prefix}indicator ADD COLUMN rule_kind text
  CHECK (rule_kind IN ('completed_activities', 'attendees', 'agreed_introductions'));
ALTER TABLE ${prefix}indicator ADD COLUMN rule_types text;
ALTER TABLE ${prefix}indicator ADD COLUMN rule_content_areas text;
ALTER TABLE ${prefix}indicator ADD COLUMN rule_roles text;
ALTER TABLE ${prefix}indicator ADD COLUMN rule_countries text;

-- Covers what a rule reads of a plan's activities between two days: one range by plan and the day the activity met
-- (met_earliest, an epoch day), its status, type and content area tested inside the index, and its id, by which its
-- participations are read (their primary key).
CREATE INDEX ${prefix}activity_derived
  ON ${prefix}activity (plan_id, met_earliest) INCLUDE (status, type, content_area, id);

-- Covers what a rule reads of a plan's introductions: one range by plan and the day its sides agreed (agreed_on, an
-- epoch day; null before an agreement), its content area tested inside the index.
CREATE INDEX ${prefix}introduction_agreed
  ON ${prefix}introduction (plan_id, agreed_on) INCLUDE (content_area, id);

INSERT INTO ${prefix}schema_history (version, description) VALUES (12, 'derived indicators');
