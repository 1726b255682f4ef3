-- The date-window searches test both ends of the planned span. Each start-ordered index also carries the
-- planned end (and each end-ordered index the planned start) as a trailing column: the order of the index is
-- unchanged, and the other end of the window is tested inside the index, so only the rows of the page are read
-- from the table. Without it a search of one page walks every earlier activity of the plan through the table.

DROP INDEX ${prefix}activity_plan_start;
CREATE INDEX ${prefix}activity_plan_start ON ${prefix}activity (plan_id, planned_earliest, id, planned_latest);

DROP INDEX ${prefix}activity_plan_end;
CREATE INDEX ${prefix}activity_plan_end ON ${prefix}activity (plan_id, planned_latest, id, planned_earliest);

DROP INDEX ${prefix}activity_start;
CREATE INDEX ${prefix}activity_start ON ${prefix}activity (planned_earliest, id, planned_latest);

DROP INDEX ${prefix}activity_end;
CREATE INDEX ${prefix}activity_end ON ${prefix}activity (planned_latest, id, planned_earliest);

INSERT INTO ${prefix}schema_history (version, description) VALUES (2, 'window search indexes');
