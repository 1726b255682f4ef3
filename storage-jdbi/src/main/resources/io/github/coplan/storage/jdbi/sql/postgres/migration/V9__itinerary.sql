-- The itinerary of an activity (a study tour's stops, in order) in its own row, as one text value: the JSON array
-- that Snapshots.itinerary(List<Stop>) writes and Snapshots.itinerary(String) reads back, the form the history
-- already records. The stops are always read and written with their activity, never searched or counted, so a
-- table of stops would cost a join on every read for nothing. NULL when the activity has no stop, so every activity
-- stored before this migration is as it was, and adding a column without a default rewrites no row.
ALTER TABLE ${prefix}activity ADD COLUMN itinerary text;

INSERT INTO ${prefix}schema_history (version, description) VALUES (9, 'itinerary');
