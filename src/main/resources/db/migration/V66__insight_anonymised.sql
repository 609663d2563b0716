-- Concerns anonymised by retention, by their pseudonym. Their projection row keeps what is counted (so published
-- figures stay as they were) but is cut loose from the concern: a random key instead of the pseudonym, no snippet.
-- This list only stops a late event or the backfill from projecting the concern again; it names no row.
CREATE TABLE insight_anonymised
(
  pseudonym UUID PRIMARY KEY
);
