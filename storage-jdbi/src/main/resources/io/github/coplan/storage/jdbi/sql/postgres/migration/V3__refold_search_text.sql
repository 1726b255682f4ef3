-- Search folding changed: it decomposes compatibility forms (full-width letters, ligatures) and drops
-- default-ignorable code points (the soft hyphen, zero-width joiners, variation selectors, ...). The folded title
-- and search text of every activity are folded again from its stored title and description. Folding is the
-- library's (io.github.coplan.domain.shared.SearchFolding), never the database's, so the store does it in a step
-- in Java that runs after this script, in the same transaction. A database migrated by another tool gets that step
-- when a store first opens it in schema mode MIGRATE.

INSERT INTO ${prefix}schema_history (version, description) VALUES (3, 'refold search text');
