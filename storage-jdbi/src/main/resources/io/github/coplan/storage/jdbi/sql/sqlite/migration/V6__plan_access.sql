-- Who may see and change each plan: its access (PlanAccess), an aggregate of its own, versioned apart from the plan.
--
-- plan_access holds one row per plan: the access's version and the plan's visibility (the Java name: RESTRICTED or
-- OPEN). plan_grant holds its grants, in the order they were first made (ordinal 0, 1, ...): principal is the text
-- form of who holds the grant (person:<id> or staff:<organisation id>, the ids in their canonical 36-character
-- form), role the Java name of the role (ADMINISTRATOR, COORDINATOR, REPORTER, VIEWER), areas the content-area
-- numbers the grant is limited to, ascending and joined by commas ('1,3'), the empty string for every area. An
-- update of the access rewrites its grants and raises its version; deleting a plan deletes its access and grants.
--
-- The searches of activities and plans that are limited to what principals may see read the plans that are OPEN
-- from the index on (visibility, plan_id) and the plans the principals hold a grant on from the index on
-- (principal, plan_id), both without the tables.
--
-- Every plan stored before this migration gets an access, version 1, OPEN and without grants, so that every actor
-- still sees every plan as before. A plan drafted from now on gets the access the library makes for it (PlanAccess.of:
-- RESTRICTED, with its first grants); a plan without an access row is seen by no principal.

CREATE TABLE ${prefix}plan_access (
  plan_id BLOB PRIMARY KEY NOT NULL REFERENCES ${prefix}plan (id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  visibility TEXT NOT NULL
) STRICT, WITHOUT ROWID;

-- The open plans, for the visibility filter.
CREATE INDEX ${prefix}plan_access_visibility ON ${prefix}plan_access (visibility, plan_id);

CREATE TABLE ${prefix}plan_grant (
  plan_id BLOB NOT NULL REFERENCES ${prefix}plan_access (plan_id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  principal TEXT NOT NULL,
  role TEXT NOT NULL,
  areas TEXT NOT NULL,
  PRIMARY KEY (plan_id, ordinal)
) STRICT, WITHOUT ROWID;

-- The plans a principal holds a grant on, for the visibility filter.
CREATE INDEX ${prefix}plan_grant_principal ON ${prefix}plan_grant (principal, plan_id);

INSERT INTO ${prefix}plan_access (plan_id, version, visibility) SELECT id, 1, 'OPEN' FROM ${prefix}plan;

INSERT INTO ${prefix}schema_history (version, description) VALUES (6, 'plan access');
