-- db-scheduler's table (PostgreSQL schema of db-scheduler 16): timed work that runs once in a cluster.
CREATE TABLE scheduled_tasks
(
  task_name            TEXT                     NOT NULL,
  task_instance        TEXT                     NOT NULL,
  task_data            BYTEA,
  execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
  picked               BOOLEAN                  NOT NULL,
  picked_by            TEXT,
  last_success         TIMESTAMP WITH TIME ZONE,
  last_failure         TIMESTAMP WITH TIME ZONE,
  consecutive_failures INT,
  last_heartbeat       TIMESTAMP WITH TIME ZONE,
  version              BIGINT                   NOT NULL,
  priority             SMALLINT,
  PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

-- When a clock's promise was first at risk and when it was broken, each reported once.
ALTER TABLE concern_clock ADD COLUMN warned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE concern_clock ADD COLUMN breached_at TIMESTAMP WITH TIME ZONE;
