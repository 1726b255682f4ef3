-- PostgreSQL's forms of the search parts that differ from the common ones.

-- The folded text occurs in the folded search text; strpos compares characters, never patterns.
-- name: search.text
strpos(a.search_text, ?) > 0
