-- The history of changes: one row per aggregate changed by a command, appended in the command's unit of work and
-- never rewritten.
--
-- sequence orders the history as the units that appended it committed, which a feed polled from the last number
-- it saw relies on. A writing unit holds SQLite's write lock from its start (BEGIN IMMEDIATE), so units append one
-- after the other and their numbers follow the order of their commits. AUTOINCREMENT keeps the largest number
-- ever given in sqlite_sequence, so that no number is given twice, even after the newest rows are erased. The store
-- takes the next numbers itself (from sqlite_sequence and the table) and inserts them with the rows.
--
-- command_id and aggregate_id are ids (16-byte BLOBs, as everywhere); actor is the actor's text form (person:<id>
-- or system:<name>); the instant is at_second, the seconds since 1970-01-01T00:00:00Z, and at_nano, the
-- nanoseconds within that second (0 to 999,999,999), so that every java.time.Instant is kept exactly, whatever
-- the zone or locale; aggregate_kind is the Java name of the kind (ORGANISATION, PERSON, PLAN, ACTIVITY); plan_id
-- is the plan an aggregate belongs to, null for organisations and people; version is the aggregate's version after
-- the change.
--
-- changes holds the fields that changed, in order, as one text: for each field its name, a unit separator U+001F,
-- its value before, U+001F and its value after; the fields are joined by record separators U+001E, and no field
-- at all is the empty string. A value is written as '=' followed by the text, and a missing value (null) as
-- nothing, so that a null and an empty text differ: name U+001F =Old U+001F =New, or name U+001F U+001F =New for
-- a field set for the first time. Coplan refuses both separators in every text it stores (the canonical values
-- are text of its rules or JSON, which escapes control characters), and the store refuses a record that holds one.
--
-- The history is append-only: triggers refuse every UPDATE and DELETE of its rows. A later erasure step (of
-- personal data) passes them by setting the one row of history_erasure to active = 1 in its transaction, and back
-- to 0 before it commits; nothing else may change that row.

CREATE TABLE ${prefix}change_record (
  sequence INTEGER PRIMARY KEY AUTOINCREMENT,
  command_id BLOB NOT NULL,
  actor TEXT NOT NULL,
  at_second INTEGER NOT NULL,
  at_nano INTEGER NOT NULL CHECK (at_nano BETWEEN 0 AND 999999999),
  aggregate_kind TEXT NOT NULL,
  aggregate_id BLOB NOT NULL,
  plan_id BLOB,
  version INTEGER NOT NULL,
  command_name TEXT NOT NULL,
  reason TEXT,
  changes TEXT NOT NULL
) STRICT;

-- An aggregate's history, newest first; one record per version.
CREATE UNIQUE INDEX ${prefix}change_record_aggregate ON ${prefix}change_record (aggregate_kind, aggregate_id, version);
-- A plan's feed, in sequence order.
CREATE INDEX ${prefix}change_record_plan ON ${prefix}change_record (plan_id, sequence);

CREATE TABLE ${prefix}history_erasure (
  active INTEGER NOT NULL CHECK (active IN (0, 1))
) STRICT;

INSERT INTO ${prefix}history_erasure (active) VALUES (0);

CREATE TRIGGER ${prefix}change_record_no_update BEFORE UPDATE ON ${prefix}change_record
WHEN NOT EXISTS (SELECT 1 FROM ${prefix}history_erasure WHERE active = 1)
BEGIN
  SELECT RAISE(ABORT, 'coplan: the history is append-only');
END;

CREATE TRIGGER ${prefix}change_record_no_delete BEFORE DELETE ON ${prefix}change_record
WHEN NOT EXISTS (SELECT 1 FROM ${prefix}history_erasure WHERE active = 1)
BEGIN
  SELECT RAISE(ABORT, 'coplan: the history is append-only');
END;

INSERT INTO ${prefix}schema_history (version, description) VALUES (5, 'history');
