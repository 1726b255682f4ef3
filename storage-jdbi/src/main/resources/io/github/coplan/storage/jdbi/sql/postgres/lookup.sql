-- PostgreSQL's forms of the look-up parts that differ from the common ones.

-- The folded text occurs in the folded search text; strpos compares characters, never patterns.
-- name: lookup.plan.text
strpos(p.search_text, ?) > 0

-- name: lookup.organisation.text
strpos(o.search_text, ?) > 0

-- name: lookup.person.text
strpos(pe.folded_name, ?) > 0

-- Only the plans that principals may see: a page walks the index of its order and looks each plan's access up by key,
-- as search.visible does for activities.
-- name: lookup.plan.visible
p.id IN (SELECT v.plan_id FROM ${prefix}plan_access v WHERE v.visibility = 'OPEN'
  OR v.plan_id IN (SELECT g.plan_id FROM ${prefix}plan_grant g WHERE g.principal IN PRINCIPALS))
