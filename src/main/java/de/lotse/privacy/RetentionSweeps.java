package de.lotse.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

/** Runs every module's RetentionSweep once a night, on one instance (db-scheduler). */
@Configuration(proxyBeanMethods = false)
class RetentionSweeps {

    private static final Logger log = LoggerFactory.getLogger(RetentionSweeps.class);

    private final List<RetentionSweep> sweeps;
    private final Clock clock;

    RetentionSweeps(List<RetentionSweep> sweeps, Clock clock) {
        this.sweeps = sweeps;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> retentionSweepsTask(@Value("${lotse.retention.run-at:02:30}") LocalTime runAt) {
        return Tasks.recurring("retention-sweeps", Schedules.daily(ZoneId.of("Europe/Berlin"), runAt))
                .execute((instance, context) -> sweepAll());
    }

    /**
     * Access log entries go after {@code lotse.retention.access-log} (default 24 months): long enough for a citizen to
     * ask who looked and for an audit of the year before, not kept for ever (Art. 5(1)(e) GDPR).
     */
    @Bean
    static RetentionSweep accessLogSweep(org.springframework.jdbc.core.simple.JdbcClient jdbc,
            @Value("${lotse.retention.access-log:P24M}") java.time.Period period) {
        return new RetentionSweep("access log entries", period, cutoff -> jdbc
                .sql("DELETE FROM access_log WHERE occurred_at < ?").param(java.sql.Timestamp.from(cutoff)).update());
    }

    /** Sweeps everything due by this clock's time; returns how many records went. */
    int sweepAll() {
        Instant now = clock.instant();
        int total = 0;
        for (RetentionSweep sweep : sweeps) {
            int swept = sweep.sweep().applyAsInt(cutoff(now, sweep));
            if (swept > 0) {
                log.info("Retention: {} {} past their period", swept, sweep.what());
            }
            total += swept;
        }
        return total;
    }

    static Instant cutoff(Instant now, RetentionSweep sweep) {
        return now.atOffset(ZoneOffset.UTC).minus(sweep.period()).toInstant();
    }
}
