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

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, List<RecurringTask<?>> recurringTasks,
            @Value("${lotse.scheduler.polling-interval:10s}") Duration pollingInterval) {
        return Scheduler.create(dataSource)
                .startTasks(recurringTasks)
                .pollingInterval(pollingInterval)
                .threads(2)
                .build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start(ApplicationReadyEvent ready) {
        ready.getApplicationContext().getBean(Scheduler.class).start();
    }
}
