-- PostgreSQL's forms of the market statements that differ from the common ones: strpos compares characters, never
-- patterns.

-- The folded text occurs in the folded search text.
-- name: market.search.text
strpos(p.search_text, ?) > 0

-- The profile seeks a partnership type: ",NAME," occurs in its names joined by commas, with a comma either side.
-- name: market.candidates.partnership
strpos(',' || q.partnerships || ',', ?) > 0

-- The profile targets a country (",CC,", bound), or no country at all.
-- name: market.candidates.targets
(q.target_countries = '' OR strpos(',' || q.target_countries || ',', ?) > 0)
