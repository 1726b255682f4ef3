-- PostgreSQL's forms of the look-up parts that differ from the common ones.

-- The folded text occurs in the folded search text; strpos compares characters, never patterns.
-- name: lookup.plan.text
strpos(p.search_text, ?) > 0

-- name: lookup.organisation.text
strpos(o.search_text, ?) > 0

-- name: lookup.person.text
strpos(pe.folded_name, ?) > 0
