-- Brings a database made by a version of Coplan whose tables had no prefix (schema version 1 or 2, without
-- checksums in the history) to the names of this version: each table and index gets the table prefix, and the
-- history a checksum column. Run by the store once, in the transaction that migrates, before any later migration;
-- not a migration of its own, since a database made by this version has the prefixed names from its first script.
-- Constraints (primary, unique and foreign keys) keep the names PostgreSQL gave them, and their indexes with them.

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

ALTER INDEX organisation_identifier_owner RENAME TO ${prefix}organisation_identifier_owner;
ALTER INDEX activity_plan_start RENAME TO ${prefix}activity_plan_start;
ALTER INDEX activity_plan_end RENAME TO ${prefix}activity_plan_end;
ALTER INDEX activity_plan_title RENAME TO ${prefix}activity_plan_title;
ALTER INDEX activity_plan_created RENAME TO ${prefix}activity_plan_created;
ALTER INDEX activity_start RENAME TO ${prefix}activity_start;
ALTER INDEX activity_end RENAME TO ${prefix}activity_end;
ALTER INDEX activity_title RENAME TO ${prefix}activity_title;
ALTER INDEX activity_progress RENAME TO ${prefix}activity_progress;
ALTER INDEX participation_participant RENAME TO ${prefix}participation_participant;

ALTER TABLE ${prefix}schema_history ADD COLUMN checksum bigint;
