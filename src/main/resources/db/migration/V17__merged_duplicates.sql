-- A concern merged into another as a duplicate points at the kept one. Closed without an outcome, so insights count
-- the matter once.
ALTER TABLE concern ADD COLUMN merged_into_id UUID REFERENCES concern (id);
