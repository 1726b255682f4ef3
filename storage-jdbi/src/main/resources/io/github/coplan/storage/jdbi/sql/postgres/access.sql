-- PostgreSQL's forms of the access statements that differ from the common ones.

-- The text form of an organisation's id (a uuid, whose text is the canonical lower-case form) as a principal.
-- name: access.staffPrincipal
'staff:' || f.organisation_id::text
