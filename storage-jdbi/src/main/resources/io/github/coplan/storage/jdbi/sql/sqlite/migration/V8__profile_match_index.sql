-- The match index of technology profiles: their id with the columns that the first step of a match's retrieval of
-- candidates reads (market.candidates: the confirmation day it orders by, the owner, and the partnership types and
-- countries it filters by). That step ranks and filters the profiles the postings name without reading their rows,
-- whose texts run to many pages; only the candidates it keeps are read whole.
CREATE INDEX ${prefix}profile_match ON ${prefix}profile (id, confirmed_on, owner_id, partnerships, target_countries);

INSERT INTO ${prefix}schema_history (version, description) VALUES (8, 'profile match index');
