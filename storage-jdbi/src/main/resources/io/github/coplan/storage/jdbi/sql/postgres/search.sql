-- PostgreSQL's forms of the search parts that differ from the common ones.

-- The folded text occurs in the folded search text; strpos compares characters, never patterns.
-- name: search.text
strpos(a.search_text, ?) > 0

-- A page of every plan limited to what principals may see selects from the access table alone, whose plan id is
-- unique: PostgreSQL joins each activity to its plan's access by key (remembering the plans it saw) while it walks the
-- index of the sort, where with the UNION of search.visible it compares each activity with every plan of the union,
-- which costs the more the more plans are open. The total keeps the UNION (search.visibleCount), whose rows
-- PostgreSQL estimates from the statistics of both indexes: when the principals see few plans it counts their
-- activities from the index of plan, where with this form, whose share of visible plans it cannot estimate, it reads
-- the whole table.
-- name: search.visible
a.plan_id IN (SELECT v.plan_id FROM ${prefix}plan_access v WHERE v.visibility = 'OPEN'
  OR v.plan_id IN (SELECT g.plan_id FROM ${prefix}plan_grant g WHERE g.principal IN PRINCIPALS))
