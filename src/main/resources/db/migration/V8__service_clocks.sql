-- Service-level clocks of a concern (acknowledge, answer, callback, same day): due time, pause and stop.
CREATE TABLE concern_clock
(
  concern_id UUID NOT NULL REFERENCES concern (id),
  level      TEXT NOT NULL CHECK (level IN ('ACKNOWLEDGE', 'ANSWER', 'CALLBACK', 'SAME_DAY')),
  started_at TIMESTAMP WITH TIME ZONE NOT NULL,
  due_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  paused_at  TIMESTAMP WITH TIME ZONE,
  stopped_at TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (concern_id, level)
);
-- The inbox and the breach timer look for running clocks by due time.
CREATE INDEX concern_clock_running_by_due ON concern_clock (due_at) WHERE stopped_at IS NULL AND paused_at IS NULL;
