package de.lotse.runtime;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The transactional outbox (Spring Modulith's event publication registry) as operations watch it: publications not
 * completed yet, and how long the oldest one has waited. A growing backlog or age means a listener keeps failing.
 */
@Component
class OutboxMetrics implements MeterBinder {

    private record Backlog(double incomplete, double oldestAgeSeconds) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CachedReading<Backlog> backlog;

    OutboxMetrics(JdbcClient jdbc, Clock clock, @Value("${lotse.metrics.max-age:15s}") Duration maxAge) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.backlog = new CachedReading<>(this::read, new Backlog(Double.NaN, Double.NaN), maxAge, clock);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("lotse.outbox.incomplete", backlog, reading -> reading.get().incomplete())
                .description("Event publications not completed yet").strongReference(true).register(registry);
        Gauge.builder("lotse.outbox.oldest.age", backlog, reading -> reading.get().oldestAgeSeconds())
                .description("How long the oldest incomplete event publication has waited").baseUnit("seconds")
                .strongReference(true).register(registry);
    }

    private Backlog read() {
        return jdbc.sql("""
                SELECT count(*) AS incomplete,
                       coalesce(extract(epoch FROM (CAST(? AS timestamptz) - min(publication_date))), 0) AS oldest
                  FROM event_publication WHERE completion_date IS NULL""")
                .param(Timestamp.from(clock.instant()))
                .query((rs, row) -> new Backlog(rs.getLong("incomplete"), Math.max(0, rs.getDouble("oldest")))).single();
    }
}
