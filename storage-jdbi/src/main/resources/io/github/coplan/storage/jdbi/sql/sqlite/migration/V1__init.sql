-- Coplan schema version 1 for SQLite. The file name follows Flyway's convention (V<version>__<description>.sql),
-- and the script records itself in ${prefix}schema_history, so it may be run by any migration tool that replaces the
-- placeholder ${prefix} (Flyway's syntax) with the table prefix, coplan_ unless the store is opened with another.
--
-- Ids are 16-byte BLOBs, the UUID's big-endian bytes, so that they compare as unsigned 128-bit numbers.
-- Days are epoch days (days since 1970-01-01). Enumerations are stored by their Java names.
-- Localized text is one TEXT value: the original language tag, then for each language (in tag order) a record
-- separator U+001E, the tag, a unit separator U+001F and the text. Lists of text are their elements joined by U+001E
-- (the empty string for an empty list). Coplan refuses both separators in every text it stores.
-- Text compares with SQLite's BINARY collation, which orders UTF-8 by Unicode code point.

CREATE TABLE IF NOT EXISTS ${prefix}schema_history (
  version INTEGER PRIMARY KEY NOT NULL,
  description TEXT NOT NULL,
  installed_on TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
  checksum INTEGER
) STRICT;

CREATE TABLE ${prefix}organisation (
  id BLOB PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  name TEXT NOT NULL,
  acronym TEXT,
  alternative_names TEXT NOT NULL,
  type TEXT NOT NULL,
  country TEXT NOT NULL,
  parent_id BLOB,
  website TEXT
) STRICT;

CREATE TABLE ${prefix}organisation_identifier (
  scheme TEXT NOT NULL,
  value TEXT NOT NULL,
  organisation_id BLOB NOT NULL REFERENCES ${prefix}organisation (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  PRIMARY KEY (scheme, value)
) STRICT, WITHOUT ROWID;

CREATE INDEX ${prefix}organisation_identifier_owner ON ${prefix}organisation_identifier (organisation_id, ordinal);

CREATE TABLE ${prefix}person (
  id BLOB PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  name TEXT NOT NULL,
  country TEXT NOT NULL,
  expertise TEXT NOT NULL,
  contact TEXT,
  consent_to_publish INTEGER NOT NULL
) STRICT;

CREATE TABLE ${prefix}person_affiliation (
  person_id BLOB NOT NULL REFERENCES ${prefix}person (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  organisation_id BLOB NOT NULL,
  position TEXT NOT NULL,
  from_day INTEGER,
  to_day INTEGER,
  PRIMARY KEY (person_id, ordinal)
) STRICT, WITHOUT ROWID;

CREATE TABLE ${prefix}plan (
  id BLOB PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  code TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  summary TEXT,
  period TEXT,
  status TEXT NOT NULL,
  status_reason TEXT
) STRICT;

CREATE TABLE ${prefix}plan_party (
  plan_id BLOB NOT NULL REFERENCES ${prefix}plan (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  organisation_id BLOB NOT NULL,
  roles TEXT NOT NULL,
  signed_on INTEGER,
  PRIMARY KEY (plan_id, ordinal)
) STRICT, WITHOUT ROWID;

CREATE TABLE ${prefix}plan_content_area (
  plan_id BLOB NOT NULL REFERENCES ${prefix}plan (id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  title TEXT NOT NULL,
  PRIMARY KEY (plan_id, number)
) STRICT, WITHOUT ROWID;

CREATE TABLE ${prefix}plan_document (
  plan_id BLOB NOT NULL REFERENCES ${prefix}plan (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  type TEXT NOT NULL,
  title TEXT NOT NULL,
  link TEXT NOT NULL,
  dated INTEGER,
  PRIMARY KEY (plan_id, ordinal)
) STRICT, WITHOUT ROWID;

-- An activity row holds, besides its fields, what the searches need: the planned span's earliest and latest
-- day, the folded original title for the title sort and the folded search text of every language.
CREATE TABLE ${prefix}activity (
  id BLOB PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  plan_id BLOB NOT NULL,
  content_area INTEGER NOT NULL,
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT,
  planned TEXT NOT NULL,
  planned_earliest INTEGER NOT NULL,
  planned_latest INTEGER NOT NULL,
  location_country TEXT,
  location_city TEXT,
  location_venue TEXT,
  location_online INTEGER,
  lead_party BLOB,
  parent_id BLOB,
  actual_start TEXT,
  actual_end TEXT,
  status_reason TEXT,
  sort_title TEXT NOT NULL,
  search_text TEXT NOT NULL
) STRICT;

-- One index per sort key, within a plan and across plans; the id is the tie-breaker of every order.
CREATE INDEX ${prefix}activity_plan_start ON ${prefix}activity (plan_id, planned_earliest, id);
CREATE INDEX ${prefix}activity_plan_end ON ${prefix}activity (plan_id, planned_latest, id);
CREATE INDEX ${prefix}activity_plan_title ON ${prefix}activity (plan_id, sort_title, id);
CREATE INDEX ${prefix}activity_plan_created ON ${prefix}activity (plan_id, id);
CREATE INDEX ${prefix}activity_start ON ${prefix}activity (planned_earliest, id);
CREATE INDEX ${prefix}activity_end ON ${prefix}activity (planned_latest, id);
CREATE INDEX ${prefix}activity_title ON ${prefix}activity (sort_title, id);
-- Covers the progress report: counts per content area and status, overdue and upcoming, without the table.
CREATE INDEX ${prefix}activity_progress ON ${prefix}activity (plan_id, content_area, status, planned_earliest, planned_latest);

CREATE TABLE ${prefix}participation (
  activity_id BLOB NOT NULL REFERENCES ${prefix}activity (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  participant_kind TEXT NOT NULL,
  participant_id BLOB NOT NULL,
  role TEXT NOT NULL,
  status TEXT NOT NULL,
  affiliation_organisation BLOB,
  affiliation_position TEXT,
  PRIMARY KEY (activity_id, ordinal)
) STRICT, WITHOUT ROWID;

CREATE INDEX ${prefix}participation_participant ON ${prefix}participation (participant_id, participant_kind, activity_id);

INSERT INTO ${prefix}schema_history (version, description) VALUES (1, 'init');
