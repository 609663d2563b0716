package de.lotse.runtime;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Hands failed outbox publications to their listeners again while Lotse runs. Spring Modulith retries them only on a
 * restart: after the database was away for half a minute, concerns taken just before it went had no acknowledgement
 * and no insights row until the next restart (found by {@code bench/degrade.sh}). Listeners are written for
 * at-least-once delivery already (the restart republishes too): the delivery queue is keyed by concern and position.
 */
@Configuration(proxyBeanMethods = false)
class OutboxResubmission {

    @Bean
    RecurringTask<Void> outboxResubmissionTask(FailedEventPublications failed,
            @Value("${lotse.outbox.resubmit-every:1m}") Duration every,
            @Value("${lotse.outbox.resubmit-after:30s}") Duration minAge) {
        return Tasks.recurring("outbox-resubmission", FixedDelay.of(every))
                .execute((instance, context) -> failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge)));
    }
}
