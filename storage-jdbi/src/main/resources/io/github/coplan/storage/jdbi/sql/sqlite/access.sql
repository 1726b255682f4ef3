-- SQLite's forms of the access statements that differ from the common ones.

-- The text form of an organisation's id (a 16-byte BLOB) as a principal: staff: and the canonical lower-case UUID.
-- name: access.staffPrincipal
'staff:' || lower(substr(hex(f.organisation_id), 1, 8) || '-' || substr(hex(f.organisation_id), 9, 4) || '-'
  || substr(hex(f.organisation_id), 13, 4) || '-' || substr(hex(f.organisation_id), 17, 4) || '-'
  || substr(hex(f.organisation_id), 21))
