package de.lotse.scheduling;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lotse.runtime.CachedReading;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Timed work as operations watch it: tasks due but not picked up by any instance (a backlog means no instance is
 * polling, or all are busy), and tasks whose last run failed.
 */
@Component
class SchedulerMetrics implements MeterBinder {

    private record Counts(double due, double failing) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CachedReading<Counts> counts;

    SchedulerMetrics(JdbcClient jdbc, Clock clock, @Value("${lotse.metrics.max-age:15s}") Duration maxAge) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.counts = new CachedReading<>(this::read, new Counts(Double.NaN, Double.NaN), maxAge, clock);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("lotse.scheduler.tasks.due", counts, reading -> reading.get().due())
                .description("Scheduled tasks whose time has come and that no instance has picked up yet")
                .strongReference(true).register(registry);
        Gauge.builder("lotse.scheduler.tasks.failing", counts, reading -> reading.get().failing())
                .description("Scheduled tasks whose last run failed").strongReference(true).register(registry);
    }

    private Counts read() {
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE NOT picked AND execution_time <= ?) AS due,
                       count(*) FILTER (WHERE consecutive_failures > 0) AS failing
                  FROM scheduled_tasks""")
                .param(Timestamp.from(clock.instant()))
                .query((rs, row) -> new Counts(rs.getLong("due"), rs.getLong("failing"))).single();
    }
}
