-- Statements of the person repository. Selected columns are read by position: keep their order.

-- name: person.find
SELECT id, version, name, country, expertise, contact, consent_to_publish FROM ${prefix}person WHERE id = ?

-- A person's affiliations in order.
-- name: person.affiliations
SELECT organisation_id, position, from_day, to_day FROM ${prefix}person_affiliation WHERE person_id = ? ORDER BY ordinal

-- name: person.exists
SELECT 1 FROM ${prefix}person WHERE id = ?

-- A person row holds, besides its fields, the folded name that the look-up sorts by and searches.
-- name: person.insert
INSERT INTO ${prefix}person (id, version, name, country, expertise, contact, consent_to_publish, folded_name)
VALUES (?, 1, ?, ?, ?, ?, ?, ?)
ON CONFLICT DO NOTHING

-- name: person.update
UPDATE ${prefix}person SET version = version + 1, name = ?, country = ?, expertise = ?, contact = ?, consent_to_publish = ?,
  folded_name = ?
WHERE id = ? AND version = ?

-- name: person.insertAffiliation
INSERT INTO ${prefix}person_affiliation (person_id, ordinal, organisation_id, position, from_day, to_day) VALUES (?, ?, ?, ?, ?, ?)

-- name: person.deleteAffiliations
DELETE FROM ${prefix}person_affiliation WHERE person_id = ?
