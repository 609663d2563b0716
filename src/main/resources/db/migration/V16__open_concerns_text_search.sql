-- Full-text search in the inbox looks at one site's open concerns. A GIN index over (site, words) of open concerns
-- finds them by intersecting the site's and the words' posting lists, instead of fetching every concern in Hamburg
-- that contains a common word such as "Miete". btree_gin is a trusted extension: a database owner may create it.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX concern_open_full_text ON concern USING gin (site_id, to_tsvector('german', description))
  WHERE status NOT IN ('RESOLVED', 'CLOSED');
