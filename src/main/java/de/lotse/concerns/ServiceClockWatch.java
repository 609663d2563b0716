package de.lotse.concerns;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import de.lotse.concerns.ConcernEvents.ServiceLevelAtRisk;
import de.lotse.concerns.ConcernEvents.ServiceLevelBreached;

/**
 * Watches the service-level clocks once a minute, on one instance of the cluster: a promise whose time is mostly used
 * up is reported at risk, one past its due time as breached, each exactly once (the mark and the event share a
 * transaction, and the event goes through the outbox).
 */
@Configuration(proxyBeanMethods = false)
class ServiceClockWatch {

    private static final Logger log = LoggerFactory.getLogger(ServiceClockWatch.class);

    private final Concerns concerns;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ServiceLevels serviceLevels;

    ServiceClockWatch(Concerns concerns, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
            ServiceLevels serviceLevels) {
        this.concerns = concerns;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.serviceLevels = serviceLevels;
    }

    @Bean
    RecurringTask<Void> serviceClockWatchTask() {
        return Tasks.recurring("service-clock-watch", FixedDelay.of(Duration.ofMinutes(1)))
                .execute((instance, context) -> watch(clock.instant()));
    }

    /** Reports what is at risk or breached at this moment; returns how many promises it reported. */
    int watch(Instant now) {
        Integer reported = transactions.execute(status -> {
            var breached = concerns.markBreached(now);
            breached.forEach(alert -> events.publishEvent(
                    new ServiceLevelBreached(alert.concern(), alert.reference(), alert.level(), alert.dueAt())));
            var atRisk = concerns.markAtRisk(now, serviceLevels.defaultWarnAtShare());
            atRisk.forEach(alert -> events.publishEvent(
                    new ServiceLevelAtRisk(alert.concern(), alert.reference(), alert.level(), alert.dueAt())));
            return breached.size() + atRisk.size();
        });
        if (reported != null && reported > 0) {
            log.info("Service-level watch: {} promise(s) at risk or breached", reported);
        }
        return reported == null ? 0 : reported;
    }
}
