-- Lifecycle: who wrote a timeline entry (staff id, or empty for the citizen), and how a concern was resolved, with
-- the outcome codes of the BA statistics and the cause.
ALTER TABLE concern_timeline_entry ADD COLUMN actor TEXT;
ALTER TABLE concern ADD COLUMN outcome TEXT;
ALTER TABLE concern ADD COLUMN outcome_cause TEXT;
ALTER TABLE concern ADD COLUMN resolved_at TIMESTAMP WITH TIME ZONE;
