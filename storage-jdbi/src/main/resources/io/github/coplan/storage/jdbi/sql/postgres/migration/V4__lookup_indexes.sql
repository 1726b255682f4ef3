-- The look-ups of plans, organisations and people, and the activities a party leads, answered on indexes.
--
-- Each aggregate row gains what its look-up filters and sorts by, as the activity row holds it for the activity
-- search: a plan its folded original title (the title sort), its folded search text (title and summary in every
-- language) and its period's earliest and latest day (null without a period, which no window matches); an
-- organisation its folded original name (the name sort) and its folded search text (name in every language, acronym
-- and alternative names); a person their folded name. Folding is the library's (SearchFolding), never the
-- database's, so a step in Java that runs after this script, in the same transaction, fills these columns for the
-- rows already stored; a database migrated by another tool gets that step when a store first opens it in schema mode
-- MIGRATE. The store writes them with every insert and update from then on.
--
-- The sort keys use the "C" collation, which orders UTF-8 by Unicode code point, as Java's comparison does.
--
-- One index per order, and one per filter that narrows a look-up most, each ending in the order's key and the id
-- (the tie-breaker), so that a page is read in order from the index without a sort.

ALTER TABLE ${prefix}plan ADD COLUMN sort_title text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE ${prefix}plan ADD COLUMN search_text text NOT NULL DEFAULT '';
ALTER TABLE ${prefix}plan ADD COLUMN period_earliest integer;
ALTER TABLE ${prefix}plan ADD COLUMN period_latest integer;
-- The code sort reads the unique index of the code; the title sort this one.
CREATE INDEX ${prefix}plan_title ON ${prefix}plan (sort_title, id);
CREATE INDEX ${prefix}plan_status ON ${prefix}plan (status, code);
-- The plans of a party.
CREATE INDEX ${prefix}plan_party_organisation ON ${prefix}plan_party (organisation_id, plan_id);

ALTER TABLE ${prefix}organisation ADD COLUMN sort_name text COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE ${prefix}organisation ADD COLUMN search_text text NOT NULL DEFAULT '';
CREATE INDEX ${prefix}organisation_name ON ${prefix}organisation (sort_name, id);
CREATE INDEX ${prefix}organisation_country ON ${prefix}organisation (country, sort_name, id);
CREATE INDEX ${prefix}organisation_type ON ${prefix}organisation (type, sort_name, id);
CREATE INDEX ${prefix}organisation_parent ON ${prefix}organisation (parent_id, sort_name, id);

ALTER TABLE ${prefix}person ADD COLUMN folded_name text COLLATE "C" NOT NULL DEFAULT '';
CREATE INDEX ${prefix}person_name ON ${prefix}person (folded_name, id);
CREATE INDEX ${prefix}person_country ON ${prefix}person (country, folded_name, id);
-- The people affiliated with an organisation on a day, tested inside the index.
CREATE INDEX ${prefix}person_affiliation_organisation ON ${prefix}person_affiliation (organisation_id, person_id, from_day, to_day);

-- The activities a party leads, in the default order: removing a party asks whether it leads any.
CREATE INDEX ${prefix}activity_lead ON ${prefix}activity (lead_party, planned_earliest, id);

INSERT INTO ${prefix}schema_history (version, description) VALUES (4, 'lookup indexes');
