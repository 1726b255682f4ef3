-- Statements of the market repository (migration 7). Selected columns are read by position: keep their order.

-- ---- categories -------------------------------------------------------------------------------------------------

-- A category's place in the taxonomy: what a child's root and depth are taken from.
-- name: market.category.place
SELECT root, depth FROM ${prefix}category WHERE code = ?

-- A new category, or a new name for a stored one: a stored category keeps its parent, root and depth.
-- name: market.category.save
INSERT INTO ${prefix}category (code, parent, root, depth, name) VALUES (?, ?, ?, ?, ?)
ON CONFLICT (code) DO UPDATE SET name = excluded.name

-- The lineages of some codes: CODES becomes "(?, ?, ...)", one parameter per code.
-- name: market.category.lineages
SELECT code, parent, root FROM ${prefix}category WHERE code IN CODES

-- name: market.category.taxonomy
SELECT code, parent, name FROM ${prefix}category ORDER BY depth, code

-- ---- profiles ---------------------------------------------------------------------------------------------------

-- name: market.profile.select
SELECT p.id, p.version, p.owner_id, p.contact_id, p.plan_id, p.content_area, p.kind, p.status, p.published_on,
  p.extension_days, p.confirmed_on, p.ended_on, p.title, p.summary, p.description, p.advantages, p.sought,
  p.categories, p.keywords, p.stage, p.ipr, p.partnerships, p.partner_types, p.partner_sizes, p.target_countries,
  p.open_for_interest
FROM ${prefix}profile p

-- name: market.profile.exists
SELECT 1 FROM ${prefix}profile WHERE id = ?

-- The id, then the fields in the order of market.profile.update.
-- name: market.profile.insert
INSERT INTO ${prefix}profile (id, version, owner_id, contact_id, plan_id, content_area, kind, status, published_on,
  extension_days, confirmed_on, ended_on, expires_on, title, summary, description, advantages, sought, categories,
  keywords, stage, ipr, partnerships, partner_types, partner_sizes, target_countries, open_for_interest, search_text)
VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT DO NOTHING

-- The fields, then the id and the version read.
-- name: market.profile.update
UPDATE ${prefix}profile
SET version = version + 1, owner_id = ?, contact_id = ?, plan_id = ?, content_area = ?, kind = ?, status = ?,
  published_on = ?, extension_days = ?, confirmed_on = ?, ended_on = ?, expires_on = ?, title = ?, summary = ?,
  description = ?, advantages = ?, sought = ?, categories = ?, keywords = ?, stage = ?, ipr = ?, partnerships = ?,
  partner_types = ?, partner_sizes = ?, target_countries = ?, open_for_interest = ?, search_text = ?
WHERE id = ? AND version = ?

-- name: market.posting.deleteCategories
DELETE FROM ${prefix}profile_category WHERE profile_id = ?

-- name: market.posting.deleteKeywords
DELETE FROM ${prefix}profile_keyword WHERE profile_id = ?

-- name: market.posting.insertCategory
INSERT INTO ${prefix}profile_category (profile_id, code, kind, confirmed_on, published_on, expires_on, owner_id)
VALUES (?, ?, ?, ?, ?, ?, ?)

-- name: market.posting.insertKeyword
INSERT INTO ${prefix}profile_keyword (profile_id, keyword, kind, confirmed_on, published_on, expires_on, owner_id)
VALUES (?, ?, ?, ?, ?, ?, ?)

-- ---- searching profiles (ProfileQuery) ----------------------------------------------------------------------------

-- The filters of a search, each joined to market.profile.select by WHERE or AND (market.search.id reads one profile);
-- the text filter is each database's.
-- name: market.search.id
p.id = ?

-- name: market.search.kind
p.kind = ?

-- name: market.search.owner
p.owner_id = ?

-- name: market.search.plan
p.plan_id = ?

-- Live on a day: the status, then the day twice.
-- name: market.search.live
p.status = ? AND p.published_on <= ? AND p.expires_on > ?

-- name: market.search.after
p.id > ?

-- Ids compare as their text does: uuid and 16-byte big-endian BLOBs order as the canonical lower-case form.
-- name: market.search.order
ORDER BY p.id
LIMIT ?

-- ---- candidates (CandidateQuery) --------------------------------------------------------------------------------

-- The postings of one key of one kind: the most recently confirmed first, then by profile id, at most the limit,
-- live on the day and not of the excluded owner. One range of the posting index, read in its order. The key, the
-- kind, the day twice, the owner, the limit.
-- name: market.candidates.categoryPostings
SELECT profile_id, confirmed_on FROM ${prefix}profile_category
WHERE code = ? AND kind = ? AND published_on <= ? AND expires_on > ? AND owner_id <> ?
ORDER BY confirmed_on DESC, profile_id
LIMIT ?

-- name: market.candidates.keywordPostings
SELECT profile_id, confirmed_on FROM ${prefix}profile_keyword
WHERE keyword = ? AND kind = ? AND published_on <= ? AND expires_on > ? AND owner_id <> ?
ORDER BY confirmed_on DESC, profile_id
LIMIT ?

-- The postings of one key and one kind among those of several kinds: POSTINGS becomes them, in a subquery of its own
-- (SQLite puts no LIMIT in a compound's part otherwise).
-- name: market.candidates.ofKind
SELECT * FROM (POSTINGS) s

-- The postings of one key of several kinds: market.candidates.ofKind of each kind, joined by UNION ALL, then this,
-- which keeps the first of them all; its limit is bound after the postings'.
-- name: market.candidates.kinds
ORDER BY confirmed_on DESC, profile_id
LIMIT ?

-- What one key adds to each profile posted under it: KEY becomes the key's postings; the weight is bound first.
-- name: market.candidates.key
SELECT k.profile_id, ? AS weight FROM (KEY) k

-- The candidates, in two steps. The first ranks the profiles the postings name and keeps the first of them, reading
-- only the columns of the profiles' match index (migration 8); the second reads the rows of those it kept, in that
-- order. KEYS becomes each key's market.candidates.key, joined by UNION ALL; the profiles are summed per profile into
-- their score, joined to their match index (q), filtered (market.candidates.* conditions after WHERE), then ordered
-- and limited by market.candidates.order, which closes the first step and adds the second.
-- name: market.candidates
SELECT p.id, p.version, p.owner_id, p.contact_id, p.plan_id, p.content_area, p.kind, p.status, p.published_on,
  p.extension_days, p.confirmed_on, p.ended_on, p.title, p.summary, p.description, p.advantages, p.sought,
  p.categories, p.keywords, p.stage, p.ipr, p.partnerships, p.partner_types, p.partner_sizes, p.target_countries,
  p.open_for_interest
FROM (
  SELECT q.id, r.score, q.confirmed_on
  FROM (SELECT c.profile_id, SUM(c.weight) AS score FROM (KEYS) c GROUP BY c.profile_id) r
  JOIN ${prefix}profile q ON q.id = r.profile_id

-- The join of the owners, when their country is a filter.
-- name: market.candidates.owners
JOIN ${prefix}organisation o ON o.id = q.owner_id

-- name: market.candidates.notSubject
q.id <> ?

-- COUNTRIES becomes "(?, ?, ...)", one parameter per country.
-- The filters that need each database's search in text: market.candidates.partnership, market.candidates.targets.
-- name: market.candidates.ownerCountries
o.country IN COUNTRIES

-- The order and the limit of the first step, then the second step: the rows of the candidates kept, in that order.
-- name: market.candidates.order
  ORDER BY r.score DESC, q.confirmed_on DESC, q.id
  LIMIT ?
) t
JOIN ${prefix}profile p ON p.id = t.id
ORDER BY t.score DESC, t.confirmed_on DESC, t.id

-- ---- introductions ----------------------------------------------------------------------------------------------

-- name: market.introduction.find
SELECT i.id, i.version, i.request_id, i.offer_id, i.plan_id, i.content_area, i.stage, i.suggested_on,
  i.interest_requester_on, i.interest_offerer_on, i.meeting_id, i.met_on, i.agreement, i.document, i.agreed_on,
  i.declined_by, i.decline_reason, i.declined_on
FROM ${prefix}introduction i WHERE i.id = ?

-- name: market.introduction.between
SELECT i.id, i.version, i.request_id, i.offer_id, i.plan_id, i.content_area, i.stage, i.suggested_on,
  i.interest_requester_on, i.interest_offerer_on, i.meeting_id, i.met_on, i.agreement, i.document, i.agreed_on,
  i.declined_by, i.decline_reason, i.declined_on
FROM ${prefix}introduction i WHERE i.request_id = ? AND i.offer_id = ?

-- The introductions of a profile as the request (the pair's index) or the offer (the offer's index), in id order;
-- the profile's id is bound twice.
-- name: market.introduction.of
SELECT i.id, i.version, i.request_id, i.offer_id, i.plan_id, i.content_area, i.stage, i.suggested_on,
  i.interest_requester_on, i.interest_offerer_on, i.meeting_id, i.met_on, i.agreement, i.document, i.agreed_on,
  i.declined_by, i.decline_reason, i.declined_on
FROM ${prefix}introduction i WHERE i.request_id = ? OR i.offer_id = ?
ORDER BY i.id

-- name: market.introduction.exists
SELECT 1 FROM ${prefix}introduction WHERE id = ?

-- The id, the request and the offer, then the fields in the order of market.introduction.update.
-- name: market.introduction.insert
INSERT INTO ${prefix}introduction (id, version, request_id, offer_id, plan_id, content_area, stage, suggested_on,
  interest_requester_on, interest_offerer_on, interest_on, meeting_id, met_on, agreement, document, agreed_on,
  declined_by, decline_reason, declined_on)
VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT DO NOTHING

-- The fields, then the id and the version read. The request and the offer never change.
-- name: market.introduction.update
UPDATE ${prefix}introduction
SET version = version + 1, plan_id = ?, content_area = ?, stage = ?, suggested_on = ?, interest_requester_on = ?,
  interest_offerer_on = ?, interest_on = ?, meeting_id = ?, met_on = ?, agreement = ?, document = ?, agreed_on = ?,
  declined_by = ?, decline_reason = ?, declined_on = ?
WHERE id = ? AND version = ?

-- ---- counts -----------------------------------------------------------------------------------------------------

-- What the marketplace produced for a plan in a period, per content area (MarketCounts): one row per content area
-- with a profile or an introduction of the plan, each counted in the columns whose day is in the period (the first
-- and last day, bound per column), the content area null last. The plan's profiles and introductions are read from
-- their plan indexes. Parameters: the period, the plan; then the period five times, the plan.
-- name: market.counts
SELECT x.content_area, SUM(x.published), SUM(x.suggested), SUM(x.interested), SUM(x.met), SUM(x.agreed),
  SUM(x.declined)
FROM (
  SELECT p.content_area, CASE WHEN p.published_on BETWEEN ? AND ? THEN 1 ELSE 0 END AS published,
    0 AS suggested, 0 AS interested, 0 AS met, 0 AS agreed, 0 AS declined
  FROM ${prefix}profile p WHERE p.plan_id = ?
  UNION ALL
  SELECT i.content_area, 0,
    CASE WHEN i.suggested_on BETWEEN ? AND ? THEN 1 ELSE 0 END,
    CASE WHEN i.interest_on BETWEEN ? AND ? THEN 1 ELSE 0 END,
    CASE WHEN i.met_on BETWEEN ? AND ? THEN 1 ELSE 0 END,
    CASE WHEN i.agreed_on BETWEEN ? AND ? THEN 1 ELSE 0 END,
    CASE WHEN i.declined_on BETWEEN ? AND ? THEN 1 ELSE 0 END
  FROM ${prefix}introduction i WHERE i.plan_id = ?
) x
GROUP BY x.content_area
ORDER BY CASE WHEN x.content_area IS NULL THEN 1 ELSE 0 END, x.content_area
