-- Statements of the person repository. Selected columns are read by position: keep their order.

-- name: person.find
SELECT id, version, name, country, expertise, contact, consent_to_publish FROM person WHERE id = ?

-- A person's affiliations in order.
-- name: person.affiliations
SELECT organisation_id, position, from_day, to_day FROM person_affiliation WHERE person_id = ? ORDER BY ordinal

-- name: person.exists
SELECT 1 FROM person WHERE id = ?

-- name: person.insert
INSERT INTO person (id, version, name, country, expertise, contact, consent_to_publish)
VALUES (?, 1, ?, ?, ?, ?, ?)
ON CONFLICT DO NOTHING

-- name: person.update
UPDATE person SET version = version + 1, name = ?, country = ?, expertise = ?, contact = ?, consent_to_publish = ?
WHERE id = ? AND version = ?

-- name: person.insertAffiliation
INSERT INTO person_affiliation (person_id, ordinal, organisation_id, position, from_day, to_day) VALUES (?, ?, ?, ?, ?, ?)

-- name: person.deleteAffiliations
DELETE FROM person_affiliation WHERE person_id = ?
