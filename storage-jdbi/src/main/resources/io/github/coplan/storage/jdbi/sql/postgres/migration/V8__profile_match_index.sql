-- The match index of technology profiles: their id with the columns that the first step of a match's retrieval of
-- candidates reads (market.candidates: the confirmation day it orders by, the owner, and the partnership types and
-- countries it filters by). That step ranks and filters the profiles the postings name from the index alone (an
-- index-only scan where the visibility map allows), without reading their rows; only the candidates it keeps are
-- read whole.
CREATE INDEX ${prefix}profile_match ON ${prefix}profile (id) INCLUDE (confirmed_on, owner_id, partnerships, target_countries);

INSERT INTO ${prefix}schema_history (version, description) VALUES (8, 'profile match index');
