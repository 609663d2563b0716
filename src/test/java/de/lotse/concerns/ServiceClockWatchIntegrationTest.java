package de.lotse.concerns;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import de.lotse.IntegrationTest;
import de.lotse.concerns.ConcernEvents.ServiceLevelAtRisk;
import de.lotse.concerns.ConcernEvents.ServiceLevelBreached;

@IntegrationTest
@RecordApplicationEvents
class ServiceClockWatchIntegrationTest {

    @Autowired ConcernIntake intake;
    @Autowired Concerns concerns;
    @Autowired ServiceClockWatch watch;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    private ConcernId aConcernWhoseClock(ServiceLevel level, Instant startedAt, Instant dueAt) {
        Receipt receipt = intake.submit(ConcernIntakeIntegrationTest.complaintFrom("20095"), Optional.empty());
        ConcernId id = concerns.byReference(receipt.reference()).orElseThrow().id();
        // Time travel for the test: the clock is set as if the concern had waited that long.
        jdbc.sql("UPDATE concern_clock SET started_at = ?, due_at = ? WHERE concern_id = ? AND level = ?")
                .params(Timestamp.from(startedAt), Timestamp.from(dueAt), id.value(), level.name()).update();
        return id;
    }

    @Test
    void a_clock_past_its_due_time_is_reported_breached_once() {
        Instant now = Instant.now();
        ConcernId late = aConcernWhoseClock(ServiceLevel.ACKNOWLEDGE, now.minus(Duration.ofDays(5)), now.minusSeconds(60));

        watch.watch(now);
        watch.watch(now.plusSeconds(60));

        assertThat(events.stream(ServiceLevelBreached.class).filter(event -> event.concern().equals(late)))
                .singleElement().satisfies(event -> assertThat(event.level()).isEqualTo(ServiceLevel.ACKNOWLEDGE));
    }

    @Test
    void a_clock_that_used_most_of_its_time_is_reported_at_risk_once() {
        Instant now = Instant.now();
        ConcernId tight = aConcernWhoseClock(ServiceLevel.ANSWER, now.minus(Duration.ofDays(12)), now.plus(Duration.ofDays(2)));

        watch.watch(now);
        watch.watch(now.plusSeconds(60));

        assertThat(events.stream(ServiceLevelAtRisk.class).filter(event -> event.concern().equals(tight)))
                .singleElement().satisfies(event -> assertThat(event.level()).isEqualTo(ServiceLevel.ANSWER));
        assertThat(events.stream(ServiceLevelBreached.class).filter(event -> event.concern().equals(tight))).isEmpty();
    }

    @Test
    void a_fresh_concern_raises_no_alarm() {
        Instant now = Instant.now();
        Receipt receipt = intake.submit(ConcernIntakeIntegrationTest.complaintFrom("20095"), Optional.empty());

        watch.watch(now);

        assertThat(events.stream(ServiceLevelAtRisk.class).filter(event -> event.reference().equals(receipt.reference()))).isEmpty();
        assertThat(events.stream(ServiceLevelBreached.class).filter(event -> event.reference().equals(receipt.reference()))).isEmpty();
    }

    @Test
    void the_watch_is_registered_with_the_cluster_scheduler() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long rows = 0;
        while (rows == 0 && System.nanoTime() < deadline) {
            rows = jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE task_name = 'service-clock-watch'")
                    .query(Long.class).single();
            Thread.sleep(200);
        }
        assertThat(rows).isEqualTo(1);
    }
}
