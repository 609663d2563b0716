package de.lotse.concerns;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import de.lotse.concerns.ConcernEvents.ServiceLevelBreached;
import de.lotse.runtime.CachedReading;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The concern queues as operations watch them: concerns received per channel (counted where they arrive, once
 * committed), open concerns per status, open existential concerns, service-level clocks running past their due time
 * and breaches reported. Labels are channels, statuses and levels only — never a reference, site or person.
 *
 * <p>The counts come from the trigger-kept inbox counts and the partial indexes the inbox and the breach watch use
 * anyway; they are read at most once per {@code lotse.metrics.max-age}, however often Prometheus asks.
 */
@Component
public class ConcernMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CachedReading<Counts> counts;
    private MeterRegistry registry;

    ConcernMetrics(JdbcClient jdbc, Clock clock, @Value("${lotse.metrics.max-age:15s}") Duration maxAge) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.counts = new CachedReading<>(this::read, Counts.UNKNOWN, maxAge, clock);
    }

    record Counts(Map<String, Long> openByStatus, long openExistential, Map<String, Long> overdueByLevel) {
        static final Counts UNKNOWN = new Counts(Map.of(), -1, Map.of());

        double open(ConcernStatus status) {
            return this == UNKNOWN ? Double.NaN : openByStatus.getOrDefault(status.name(), 0L);
        }

        double overdue(ServiceLevel level) {
            return this == UNKNOWN ? Double.NaN : overdueByLevel.getOrDefault(level.name(), 0L);
        }

        double existential() {
            return this == UNKNOWN ? Double.NaN : openExistential;
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        for (ConcernStatus status : ConcernStatus.values()) {
            if (status.open()) {
                Gauge.builder("lotse.concerns.open", counts, reading -> reading.get().open(status))
                        .description("Open concerns routed to a site, by status").tag("status", status.name())
                        .strongReference(true).register(registry);
            }
        }
        Gauge.builder("lotse.concerns.open.existential", counts, reading -> reading.get().existential())
                .description("Open concerns marked existential (the same-day queue)").strongReference(true)
                .register(registry);
        for (ServiceLevel level : ServiceLevel.values()) {
            Gauge.builder("lotse.service.levels.overdue", counts, reading -> reading.get().overdue(level))
                    .description("Running service-level clocks past their due time").tag("level", level.name())
                    .strongReference(true).register(registry);
            breaches(level);
        }
    }

    /**
     * Counts a new concern that came in on this channel ({@code web}, {@code api}, {@code email}, {@code telegram},
     * …), once its transaction commits; a repeated submission that returned the first receipt is not counted.
     */
    public void received(String channel) {
        String tag = channel.toLowerCase(Locale.ROOT);
        afterCommit(() -> {
            if (registry != null) {
                Counter.builder("lotse.concerns.received").description("New concerns, by the channel they came in on")
                        .tag("channel", tag).register(registry).increment();
            }
        });
    }

    /** Published by the breach watch (one instance in the cluster); Prometheus adds up the instances. */
    @EventListener
    void on(ServiceLevelBreached breached) {
        afterCommit(() -> {
            if (registry != null) {
                breaches(breached.level()).increment();
            }
        });
    }

    private Counter breaches(ServiceLevel level) {
        return Counter.builder("lotse.service.levels.breached").description("Service-level promises broken")
                .tag("level", level.name()).register(registry);
    }

    private static void afterCommit(Runnable count) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count.run();
                }
            });
        } else {
            count.run();
        }
    }

    private Counts read() {
        Map<String, Long> open = jdbc.sql("""
                SELECT status, sum(n) AS n FROM inbox_status_count
                 WHERE status NOT IN ('RESOLVED', 'CLOSED') GROUP BY status""")
                .query((rs, row) -> Map.entry(rs.getString("status"), rs.getLong("n"))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        long existential = jdbc.sql("""
                SELECT count(*) FROM concern WHERE status NOT IN ('RESOLVED', 'CLOSED') AND urgency = 'EXISTENTIAL'""")
                .query(Long.class).single();
        Map<String, Long> overdue = jdbc.sql("""
                SELECT level, count(*) AS n FROM concern_clock
                 WHERE stopped_at IS NULL AND paused_at IS NULL AND due_at < ? GROUP BY level""")
                .param(Timestamp.from(clock.instant()))
                .query((rs, row) -> Map.entry(rs.getString("level"), rs.getLong("n"))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new Counts(open, existential, overdue);
    }
}
