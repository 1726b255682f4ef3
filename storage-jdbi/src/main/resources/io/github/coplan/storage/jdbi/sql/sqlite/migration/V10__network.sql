-- The network (0.4.0): the relationship types an application defined, the relationships declared between
-- participants, and what the store derives from activities to find meetings in SQL.
--
-- relationship_type: labels are localized text (one TEXT value, as everywhere); from_kinds and to_kinds the names
-- of the participant kinds a side may be, joined by commas in name order; both_ways (whether it is symmetric) 0 or 1.
CREATE TABLE ${prefix}relationship_type (
  code TEXT PRIMARY KEY NOT NULL,
  label TEXT NOT NULL,
  reverse_label TEXT NOT NULL,
  from_kinds TEXT NOT NULL,
  to_kinds TEXT NOT NULL,
  both_ways INTEGER NOT NULL CHECK (both_ways IN (0, 1))
) STRICT, WITHOUT ROWID;

-- relationship: its sides by kind (ORGANISATION, PERSON) and id; its start and end as partial dates (text), with
-- the start's earliest day and the end's latest day (epoch days) that decide whether it is active on a day; its
-- source (ACTIVITY or INTRODUCTION, and the id), and the plan and content area of the source. One relationship of
-- a type between the same sides begins on a start.
CREATE TABLE ${prefix}relationship (
  id BLOB PRIMARY KEY NOT NULL,
  version INTEGER NOT NULL,
  type TEXT NOT NULL,
  from_kind TEXT NOT NULL,
  from_id BLOB NOT NULL,
  to_kind TEXT NOT NULL,
  to_id BLOB NOT NULL,
  start_date TEXT NOT NULL,
  start_earliest INTEGER NOT NULL,
  end_date TEXT,
  end_latest INTEGER,
  description TEXT,
  source_kind TEXT,
  source_id BLOB,
  plan_id BLOB,
  content_area INTEGER,
  UNIQUE (type, from_kind, from_id, to_kind, to_id, start_date)
) STRICT;

CREATE INDEX ${prefix}relationship_from ON ${prefix}relationship (from_id, from_kind, start_earliest, id);
CREATE INDEX ${prefix}relationship_to ON ${prefix}relationship (to_id, to_kind, start_earliest, id);
CREATE INDEX ${prefix}relationship_source ON ${prefix}relationship (source_id, source_kind, start_earliest, id);

-- Derived from the activity row, written with it: the day of a meeting at the activity as a whole (its actual
-- start, else its planned start; a partial date's text), that day's earliest day, and the meeting's key, which sorts
-- meetings in Meeting.ORDER byte by byte: the earliest day offset by 1,000,000 in seven digits, the activity id in 32
-- lower-case hex digits, '!', the day's text (a meeting at a stop puts the stop id's 32 digits before the '!', so an
-- activity's meeting as a whole sorts before those at its stops). Filled for the rows stored before this migration
-- by its Java step.
ALTER TABLE ${prefix}activity ADD COLUMN met_day TEXT;
ALTER TABLE ${prefix}activity ADD COLUMN met_earliest INTEGER;
ALTER TABLE ${prefix}activity ADD COLUMN met_key TEXT;

-- Derived from an activity's participations, written with them: whether a participation is the one by which its
-- participant meets the others at the activity, its first attended one (the least ordinal), so that each pair meets
-- once at an activity however many participations each has.
ALTER TABLE ${prefix}participation ADD COLUMN meets INTEGER NOT NULL DEFAULT 0;
UPDATE ${prefix}participation SET meets = (status = 'ATTENDED' AND ordinal = (
  SELECT MIN(z.ordinal) FROM ${prefix}participation z
  WHERE z.activity_id = ${prefix}participation.activity_id AND z.status = 'ATTENDED'
    AND z.participant_kind = ${prefix}participation.participant_kind
    AND z.participant_id = ${prefix}participation.participant_id));

-- Derived from the activity's itinerary and participations, rewritten with them: one row per meeting at a
-- completed stop, between its host (an organisation) and one of its attendees (a person), when both have a
-- participation in the activity; the roles are those of each one's first participation; day is the first day of
-- the stop's actual time, else of its planned time, and day_earliest that day's earliest day.
CREATE TABLE ${prefix}stop_visit (
  activity_id BLOB NOT NULL REFERENCES ${prefix}activity (id) ON DELETE CASCADE,
  stop_id BLOB NOT NULL,
  host_id BLOB NOT NULL,
  person_id BLOB NOT NULL,
  host_role TEXT NOT NULL,
  person_role TEXT NOT NULL,
  day TEXT NOT NULL,
  day_earliest INTEGER NOT NULL,
  PRIMARY KEY (activity_id, stop_id, person_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX ${prefix}stop_visit_host ON ${prefix}stop_visit (host_id, activity_id);
CREATE INDEX ${prefix}stop_visit_person ON ${prefix}stop_visit (person_id, activity_id);

-- Covers what the network reads of an activity (its meeting's day and key, and its plan for a viewer), so that it
-- reads neither the wide activity row nor its overflow pages.
CREATE INDEX ${prefix}activity_meeting ON ${prefix}activity (id, met_earliest, met_key, plan_id);

-- Covers the participations by which a participant meets others, where a network begins. An activity's
-- participations are read by the primary key (activity_id, ordinal), a handful of rows each.
CREATE INDEX ${prefix}participation_meets
  ON ${prefix}participation (participant_id, participant_kind, meets, activity_id, role);

INSERT INTO ${prefix}schema_history (version, description) VALUES (10, 'network');
