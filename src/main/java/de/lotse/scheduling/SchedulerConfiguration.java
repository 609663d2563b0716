package de.lotse.scheduling;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

/**
 * One db-scheduler for all modules' recurring tasks. It starts once the application is ready (so no task runs against
 * a half-started context) and stops before the database does.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "lotse.scheduler.enabled", matchIfMissing = true)
class SchedulerConfiguration {

    static final int MISSED_HEARTBEATS = 4;

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, List<RecurringTask<?>> recurringTasks,
            @Value("${lotse.scheduler.polling-interval:10s}") Duration pollingInterval,
            @Value("${lotse.scheduler.heartbeat-interval:15s}") Duration heartbeatInterval) {
        // A task running when its instance died (SIGKILL, power cut) stays "picked" until its heartbeats are missed
        // MISSED_HEARTBEATS times. db-scheduler's default (5 min x 6) held the delivery retries for half an hour after a
        // crash; with 15 s x 4 another instance, or this one restarted, takes the task over after about a minute.
        return Scheduler.create(dataSource)
                .startTasks(recurringTasks)
                .pollingInterval(pollingInterval)
                .heartbeatInterval(heartbeatInterval)
                .missedHeartbeatsLimit(MISSED_HEARTBEATS)
                .threads(2)
                .build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(Scheduler.class).start();
    }
}
