-- Statements of the organisation repository. Every statement is named by a "-- name:" line and ends at the next
-- one; parameters are positional. Selected columns are read by position: keep their order.

-- name: organisation.find
SELECT id, version, name, acronym, alternative_names, type, country, parent_id, website
FROM ${prefix}organisation WHERE id = ?

-- name: organisation.findByIdentifier
SELECT o.id, o.version, o.name, o.acronym, o.alternative_names, o.type, o.country, o.parent_id, o.website
FROM ${prefix}organisation_identifier i JOIN ${prefix}organisation o ON o.id = i.organisation_id
WHERE i.scheme = ? AND i.value = ?

-- An organisation's identifiers in order. A unit of work reads one snapshot, so they belong to the row it read.
-- name: organisation.identifiers
SELECT scheme, value FROM ${prefix}organisation_identifier WHERE organisation_id = ? ORDER BY ordinal

-- name: organisation.identifierOwner
SELECT organisation_id FROM ${prefix}organisation_identifier WHERE scheme = ? AND value = ?

-- name: organisation.version
SELECT version FROM ${prefix}organisation WHERE id = ?

-- An organisation row holds, besides its fields, what the look-up needs: the folded original name and the folded
-- search text.
-- name: organisation.insert
INSERT INTO ${prefix}organisation (id, version, name, acronym, alternative_names, type, country, parent_id, website, sort_name,
  search_text)
VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT DO NOTHING

-- name: organisation.update
UPDATE ${prefix}organisation
SET version = version + 1, name = ?, acronym = ?, alternative_names = ?, type = ?, country = ?, parent_id = ?, website = ?,
  sort_name = ?, search_text = ?
WHERE id = ? AND version = ?

-- name: organisation.insertIdentifier
INSERT INTO ${prefix}organisation_identifier (scheme, value, organisation_id, ordinal) VALUES (?, ?, ?, ?)
ON CONFLICT DO NOTHING

-- name: organisation.deleteIdentifiers
DELETE FROM ${prefix}organisation_identifier WHERE organisation_id = ?

-- name: organisation.delete
DELETE FROM ${prefix}organisation WHERE id = ?
