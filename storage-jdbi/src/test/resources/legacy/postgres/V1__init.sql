-- Coplan schema version 1 for PostgreSQL. The file name follows Flyway's convention (V<version>__<description>.sql),
-- and the script records itself in coplan_schema_history, so it may be run by any migration tool.
--
-- Ids are uuid values, which PostgreSQL compares as unsigned 128-bit numbers (the order of their text form).
-- Days are epoch days (days since 1970-01-01). Enumerations are stored by their Java names.
-- Localized text is one text value: the original language tag, then for each language (in tag order) a record
-- separator U+001E, the tag, a unit separator U+001F and the text. Lists of text are their elements joined by U+001E
-- (the empty string for an empty list). Coplan refuses both separators in every text it stores.
-- The title sort key uses the "C" collation, which orders UTF-8 by Unicode code point, as Java's comparison does.
-- The database must use the UTF8 encoding.

CREATE TABLE IF NOT EXISTS coplan_schema_history (
  version integer PRIMARY KEY,
  description text NOT NULL,
  installed_on timestamp with time zone NOT NULL DEFAULT now()
);

CREATE TABLE organisation (
  id uuid PRIMARY KEY,
  version bigint NOT NULL,
  name text NOT NULL,
  acronym text,
  alternative_names text NOT NULL,
  type text NOT NULL,
  country text NOT NULL,
  parent_id uuid,
  website text
);

CREATE TABLE organisation_identifier (
  scheme text COLLATE "C" NOT NULL,
  value text COLLATE "C" NOT NULL,
  organisation_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  ordinal integer NOT NULL,
  PRIMARY KEY (scheme, value)
);

CREATE INDEX organisation_identifier_owner ON organisation_identifier (organisation_id, ordinal);

CREATE TABLE person (
  id uuid PRIMARY KEY,
  version bigint NOT NULL,
  name text NOT NULL,
  country text NOT NULL,
  expertise text NOT NULL,
  contact text,
  consent_to_publish boolean NOT NULL
);

CREATE TABLE person_affiliation (
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  ordinal integer NOT NULL,
  organisation_id uuid NOT NULL,
  position text NOT NULL,
  from_day integer,
  to_day integer,
  PRIMARY KEY (person_id, ordinal)
);

CREATE TABLE plan (
  id uuid PRIMARY KEY,
  version bigint NOT NULL,
  code text COLLATE "C" NOT NULL UNIQUE,
  title text NOT NULL,
  summary text,
  period text,
  status text NOT NULL,
  status_reason text
);

CREATE TABLE plan_party (
  plan_id uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  ordinal integer NOT NULL,
  organisation_id uuid NOT NULL,
  roles text NOT NULL,
  signed_on integer,
  PRIMARY KEY (plan_id, ordinal)
);

CREATE TABLE plan_content_area (
  plan_id uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  number integer NOT NULL,
  title text NOT NULL,
  PRIMARY KEY (plan_id, number)
);

CREATE TABLE plan_document (
  plan_id uuid NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
  ordinal integer NOT NULL,
  type text NOT NULL,
  title text NOT NULL,
  link text NOT NULL,
  dated integer,
  PRIMARY KEY (plan_id, ordinal)
);

-- An activity row holds, besides its fields, what the searches need: the planned span's earliest and latest
-- day, the folded original title for the title sort and the folded search text of every language.
CREATE TABLE activity (
  id uuid PRIMARY KEY,
  version bigint NOT NULL,
  plan_id uuid NOT NULL,
  content_area integer NOT NULL,
  type text NOT NULL,
  status text NOT NULL,
  title text NOT NULL,
  description text,
  planned text NOT NULL,
  planned_earliest integer NOT NULL,
  planned_latest integer NOT NULL,
  location_country text,
  location_city text,
  location_venue text,
  location_online boolean,
  lead_party uuid,
  parent_id uuid,
  actual_start text,
  actual_end text,
  status_reason text,
  sort_title text COLLATE "C" NOT NULL,
  search_text text NOT NULL
);

-- One index per sort key, within a plan and across plans; the id is the tie-breaker of every order.
CREATE INDEX activity_plan_start ON activity (plan_id, planned_earliest, id);
CREATE INDEX activity_plan_end ON activity (plan_id, planned_latest, id);
CREATE INDEX activity_plan_title ON activity (plan_id, sort_title, id);
CREATE INDEX activity_plan_created ON activity (plan_id, id);
CREATE INDEX activity_start ON activity (planned_earliest, id);
CREATE INDEX activity_end ON activity (planned_latest, id);
CREATE INDEX activity_title ON activity (sort_title, id);
-- Covers the progress report: counts per content area and status, overdue and upcoming, without the table.
CREATE INDEX activity_progress ON activity (plan_id, content_area, status, planned_earliest, planned_latest);

CREATE TABLE participation (
  activity_id uuid NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
  ordinal integer NOT NULL,
  participant_kind text NOT NULL,
  participant_id uuid NOT NULL,
  role text NOT NULL,
  status text NOT NULL,
  affiliation_organisation uuid,
  affiliation_position text,
  PRIMARY KEY (activity_id, ordinal)
);

CREATE INDEX participation_participant ON participation (participant_id, participant_kind, activity_id);

INSERT INTO coplan_schema_history (version, description) VALUES (1, 'init');
