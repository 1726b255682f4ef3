-- The history of changes: one row per aggregate changed by a command, appended in the command's unit of work and
-- never rewritten.
--
-- sequence orders the history as the units that appended it committed, which a feed polled from the last number
-- it saw relies on. Numbers taken from a sequence alone are not in that order: two units may take 7 and 8 and
-- commit 8 first, and a reader who saw 8 would never see 7. So a unit that appends first takes a transaction-scoped
-- advisory lock (pg_advisory_xact_lock, one fixed key for every store), and only then takes its numbers with
-- nextval: the lock is held until the unit commits or rolls back, so the next unit takes its numbers after this one
-- committed, and numbers are handed out in commit order. Units append at the end of their work, so the lock is held
-- briefly; stores that share a database (another table prefix, another schema) share the lock too, which only makes
-- them take turns. The sequence must keep CACHE 1 (the default): a session that cached numbers would hand them out
-- out of order. A unit rolled back leaves a gap. Rows inserted other than by the store must take the lock too.
--
-- command_id and aggregate_id are uuid values; actor is the actor's text form (person:<id> or system:<name>); the
-- instant is at_second, the seconds since 1970-01-01T00:00:00Z, and at_nano, the nanoseconds within that second
-- (0 to 999,999,999), so that every java.time.Instant is kept exactly (a timestamp keeps microseconds only),
-- whatever the zone or locale; aggregate_kind is the Java name of the kind (ORGANISATION, PERSON, PLAN, ACTIVITY);
-- plan_id is the plan an aggregate belongs to, null for organisations and people; version is the aggregate's
-- version after the change.
--
-- changes holds the fields that changed, in order, as one text: for each field its name, a unit separator U+001F,
-- its value before, U+001F and its value after; the fields are joined by record separators U+001E, and no field
-- at all is the empty string. A value is written as '=' followed by the text, and a missing value (null) as
-- nothing, so that a null and an empty text differ: name U+001F =Old U+001F =New, or name U+001F U+001F =New for
-- a field set for the first time. Coplan refuses both separators in every text it stores (the canonical values
-- are text of its rules or JSON, which escapes control characters), and the store refuses a record that holds one.
--
-- The history is append-only: a trigger refuses every UPDATE and DELETE of its rows (TRUNCATE, which fires no row
-- trigger, is left to the database's privileges). A later erasure step (of personal data) passes it by running
-- SET LOCAL coplan.erasing = 'on' in its transaction; the setting ends with the transaction.
--
-- The trigger function keeps BEGIN and END on lines of their own, with no semicolon after END, so that a script
-- splitter that knows no dollar quoting (JDBI's, which the store runs this script with) keeps it one statement.

CREATE SEQUENCE ${prefix}change_record_sequence AS bigint NO CYCLE;

CREATE TABLE ${prefix}change_record (
  sequence bigint PRIMARY KEY,
  command_id uuid NOT NULL,
  actor text NOT NULL,
  at_second bigint NOT NULL,
  at_nano integer NOT NULL CHECK (at_nano BETWEEN 0 AND 999999999),
  aggregate_kind text NOT NULL,
  aggregate_id uuid NOT NULL,
  plan_id uuid,
  version bigint NOT NULL,
  command_name text NOT NULL,
  reason text,
  changes text NOT NULL
);

ALTER SEQUENCE ${prefix}change_record_sequence OWNED BY ${prefix}change_record.sequence;

-- An aggregate's history, newest first; one record per version.
CREATE UNIQUE INDEX ${prefix}change_record_aggregate ON ${prefix}change_record (aggregate_kind, aggregate_id, version);
-- A plan's feed, in sequence order.
CREATE INDEX ${prefix}change_record_plan ON ${prefix}change_record (plan_id, sequence);

CREATE FUNCTION ${prefix}change_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('coplan.erasing', true) = 'on' THEN RETURN COALESCE(NEW, OLD); END IF;
  RAISE EXCEPTION 'coplan: the history is append-only';
END
$$;

CREATE TRIGGER ${prefix}change_record_append_only BEFORE UPDATE OR DELETE ON ${prefix}change_record
FOR EACH ROW EXECUTE FUNCTION ${prefix}change_record_append_only();

INSERT INTO ${prefix}schema_history (version, description) VALUES (5, 'history');
