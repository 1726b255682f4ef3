-- SQLite's forms of the market statements that differ from the common ones: instr compares code points, never
-- patterns.

-- The folded text occurs in the folded search text.
-- name: market.search.text
instr(p.search_text, ?) > 0

-- The profile seeks a partnership type: ",NAME," occurs in its names joined by commas, with a comma either side.
-- name: market.candidates.partnership
instr(',' || q.partnerships || ',', ?) > 0

-- The profile targets a country (",CC,", bound), or no country at all.
-- name: market.candidates.targets
(q.target_countries = '' OR instr(',' || q.target_countries || ',', ?) > 0)
