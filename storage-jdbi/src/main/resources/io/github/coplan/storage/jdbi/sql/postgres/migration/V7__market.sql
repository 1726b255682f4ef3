-- The technology marketplace: the taxonomy of categories, technology profiles and introductions.
--
-- category holds one row per category: its code, its parent's code (null for a root), its root's code and its depth
-- (0 for a root), both taken from the parent's row when the category is first stored (a stored category keeps its
-- parent, so they never change), and its name as localized text. A lineage is one look-up by the primary key; the
-- taxonomy, parents before children then by code, is read in the order of the index on (depth, code).
--
-- profile holds one row per technology profile, the whole aggregate: its ids, kind and status (Java names), its days
-- (epoch days; expires_on is the first day it is no longer live, null if never published), its texts (localized
-- text), categories (codes) and keywords (as written) as lists joined by U+001E in their order, the enumeration sets
-- (partnerships, partner_types, partner_sizes) as Java names in their declaration order joined by commas, its target
-- countries as codes in order joined by commas (the empty string for any country), and search_text, the folded text
-- a search's text filter looks in (ProfileContent.searchText: folding is the library's, never the database's).
--
-- profile_category and profile_keyword are the postings that matching retrieves its candidates from: one row per
-- category, and per folded keyword, of each PUBLISHED profile, with the kind, days and owner the retrieval filters by,
-- rewritten with every write of the profile and deleted when it is no longer published. The index of each lists the
-- postings of one key and one kind by the day they were last confirmed, most recent first, then by profile id, with
-- the filtered columns after: "the n most recently confirmed live postings of kind K for key X" is one range of it,
-- read in order and tested inside the index (the tested columns are the index's INCLUDE columns).
--
-- Category codes and keywords use the "C" collation: compared byte by byte, and codes ordered as Java orders them.
--
-- introduction holds one row per introduction: the request and the offer (a pair introduced once: the unique index
-- on them), the plan and content area it counts for, its stage, the day of each step (interest_on is the first day
-- either side expressed interest, which the counts use), the meeting's activity, the agreement's kind and document,
-- and who declined and why.

CREATE TABLE ${prefix}category (
  code text COLLATE "C" PRIMARY KEY,
  parent text COLLATE "C",
  root text COLLATE "C" NOT NULL,
  depth integer NOT NULL,
  name text NOT NULL
);

-- The taxonomy's order: parents before children, then by code.
CREATE INDEX ${prefix}category_depth ON ${prefix}category (depth, code);

CREATE TABLE ${prefix}profile (
  id uuid PRIMARY KEY,
  version bigint NOT NULL,
  owner_id uuid NOT NULL,
  contact_id uuid NOT NULL,
  plan_id uuid,
  content_area integer,
  kind text NOT NULL,
  status text NOT NULL,
  published_on integer,
  extension_days integer NOT NULL,
  confirmed_on integer,
  ended_on integer,
  expires_on integer,
  title text NOT NULL,
  summary text NOT NULL,
  description text NOT NULL,
  advantages text,
  sought text,
  categories text NOT NULL,
  keywords text NOT NULL,
  stage text,
  ipr text,
  partnerships text NOT NULL,
  partner_types text NOT NULL,
  partner_sizes text NOT NULL,
  target_countries text NOT NULL,
  open_for_interest boolean NOT NULL,
  search_text text NOT NULL
);

-- The profiles of an owner, in id order (the search's order).
CREATE INDEX ${prefix}profile_owner ON ${prefix}profile (owner_id, id);
-- The profiles of a plan in id order (the search's order), with their content area and the day each was published:
-- the counts read this index alone.
CREATE INDEX ${prefix}profile_plan ON ${prefix}profile (plan_id, id) INCLUDE (content_area, published_on);

CREATE TABLE ${prefix}profile_category (
  profile_id uuid NOT NULL REFERENCES ${prefix}profile (id) ON DELETE CASCADE,
  code text COLLATE "C" NOT NULL,
  kind text NOT NULL,
  confirmed_on integer NOT NULL,
  published_on integer NOT NULL,
  expires_on integer NOT NULL,
  owner_id uuid NOT NULL,
  PRIMARY KEY (profile_id, code)
);

CREATE INDEX ${prefix}profile_category_posting
  ON ${prefix}profile_category (code, kind, confirmed_on DESC, profile_id)
  INCLUDE (published_on, expires_on, owner_id);

CREATE TABLE ${prefix}profile_keyword (
  profile_id uuid NOT NULL REFERENCES ${prefix}profile (id) ON DELETE CASCADE,
  keyword text COLLATE "C" NOT NULL,
  kind text NOT NULL,
  confirmed_on integer NOT NULL,
  published_on integer NOT NULL,
  expires_on integer NOT NULL,
  owner_id uuid NOT NULL,
  PRIMARY KEY (profile_id, keyword)
);

CREATE INDEX ${prefix}profile_keyword_posting
  ON ${prefix}profile_keyword (keyword, kind, confirmed_on DESC, profile_id)
  INCLUDE (published_on, expires_on, owner_id);

CREATE TABLE ${prefix}introduction (
  id uuid PRIMARY KEY,
  version bigint NOT NULL,
  request_id uuid NOT NULL,
  offer_id uuid NOT NULL,
  plan_id uuid,
  content_area integer,
  stage text NOT NULL,
  suggested_on integer NOT NULL,
  interest_requester_on integer,
  interest_offerer_on integer,
  interest_on integer,
  meeting_id uuid,
  met_on integer,
  agreement text,
  document text,
  agreed_on integer,
  declined_by text,
  decline_reason text,
  declined_on integer
);

-- A request and an offer are introduced once; the introductions of a request are a range of this index.
CREATE UNIQUE INDEX ${prefix}introduction_pair ON ${prefix}introduction (request_id, offer_id);
-- The introductions of an offer.
CREATE INDEX ${prefix}introduction_offer ON ${prefix}introduction (offer_id, id);
-- The introductions of a plan, per content area: the counts.
CREATE INDEX ${prefix}introduction_plan ON ${prefix}introduction (plan_id, content_area);

INSERT INTO ${prefix}schema_history (version, description) VALUES (7, 'market');
