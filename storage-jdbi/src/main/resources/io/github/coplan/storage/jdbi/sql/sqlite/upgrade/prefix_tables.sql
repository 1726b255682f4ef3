-- Brings a database made by a version of Coplan whose tables had no prefix (schema version 1 or 2, without
-- checksums in the history) to the names of this version: each table gets the table prefix, each index is made again under a prefixed name (SQLite renames no index), and the
-- history a checksum column. Run by the store once, in the transaction that migrates, before any later migration;
-- not a migration of its own, since a database made by this version has the prefixed names from its first script.

ALTER TABLE organisation RENAME TO ${prefix}organisation;
ALTER TABLE organisation_identifier RENAME TO ${prefix}organisation_identifier;
ALTER TABLE person RENAME TO ${prefix}person;
ALTER TABLE person_affiliation RENAME TO ${prefix}person_affiliation;
ALTER TABLE plan RENAME TO ${prefix}plan;
ALTER TABLE plan_party RENAME TO ${prefix}plan_party;
ALTER TABLE plan_content_area RENAME TO ${prefix}plan_content_area;
ALTER TABLE plan_document RENAME TO ${prefix}plan_document;
ALTER TABLE activity RENAME TO ${prefix}activity;
ALTER TABLE participation RENAME TO ${prefix}participation;

DROP INDEX organisation_identifier_owner;
CREATE INDEX ${prefix}organisation_identifier_owner ON ${prefix}organisation_identifier (organisation_id, ordinal);
DROP INDEX activity_plan_start;
CREATE INDEX ${prefix}activity_plan_start ON ${prefix}activity (plan_id, planned_earliest, id, planned_latest);
DROP INDEX activity_plan_end;
CREATE INDEX ${prefix}activity_plan_end ON ${prefix}activity (plan_id, planned_latest, id, planned_earliest);
DROP INDEX activity_plan_title;
CREATE INDEX ${prefix}activity_plan_title ON ${prefix}activity (plan_id, sort_title, id);
DROP INDEX activity_plan_created;
CREATE INDEX ${prefix}activity_plan_created ON ${prefix}activity (plan_id, id);
DROP INDEX activity_start;
CREATE INDEX ${prefix}activity_start ON ${prefix}activity (planned_earliest, id, planned_latest);
DROP INDEX activity_end;
CREATE INDEX ${prefix}activity_end ON ${prefix}activity (planned_latest, id, planned_earliest);
DROP INDEX activity_title;
CREATE INDEX ${prefix}activity_title ON ${prefix}activity (sort_title, id);
DROP INDEX activity_progress;
CREATE INDEX ${prefix}activity_progress ON ${prefix}activity (plan_id, content_area, status, planned_earliest, planned_latest);
DROP INDEX participation_participant;
CREATE INDEX ${prefix}participation_participant ON ${prefix}participation (participant_id, participant_kind, activity_id);

ALTER TABLE ${prefix}schema_history ADD COLUMN checksum INTEGER;
