package de.lotse.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lotse.IntegrationTest;

/** The cluster scheduler after a crash: what a killed instance held runs again soon, not after half an hour. */
@IntegrationTest
class SchedulerIntegrationTest {

    @Autowired JdbcClient jdbc;

    @Test
    void a_task_left_picked_by_an_instance_killed_ten_minutes_ago_is_taken_over() throws InterruptedException {
        // As the table looks after a SIGKILL in the middle of a run: picked, heartbeats stopped ten minutes ago
        // (db-scheduler's defaults took 30 minutes of silence to call that instance dead).
        int held = jdbc.sql("""
                UPDATE scheduled_tasks SET picked = true, picked_by = 'killed-instance',
                       last_heartbeat = now() - interval '10 minutes', execution_time = now() - interval '10 minutes',
                       version = version + 1
                 WHERE task_name = 'directory-verification'""").update();
        assertThat(held).as("the task is registered").isEqualTo(1);

        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        String pickedBy = "killed-instance";
        while ("killed-instance".equals(pickedBy) && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            pickedBy = jdbc.sql("SELECT coalesce(picked_by, '') FROM scheduled_tasks WHERE task_name = 'directory-verification'")
                    .query(String.class).single();
        }
        assertThat(pickedBy).as("released from the dead instance").isNotEqualTo("killed-instance");
    }
}
