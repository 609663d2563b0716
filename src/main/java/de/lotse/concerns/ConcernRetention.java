package de.lotse.concerns;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import de.lotse.concerns.ConcernEvents.ConcernAnonymised;
import de.lotse.organisation.JobcenterId;
import de.lotse.privacy.AccessLog;
import de.lotse.privacy.RetentionPolicy;
import de.lotse.privacy.RetentionRuns;

/**
 * Anonymises finished concerns whose retention period (the Jobcenter's) is over, once a night on one instance of the
 * cluster. In each batch's transaction go the concern tables, the access log's citizen tags and, through the
 * synchronous {@link ConcernAnonymised} listeners, the channels' files and addresses: together or not at all.
 */
@Configuration(proxyBeanMethods = false)
class ConcernRetention {

    private final ConcernErasure erasure;
    private final RetentionRuns runs;
    private final AccessLog accessLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConcernRetention(ConcernErasure erasure, RetentionRuns runs, AccessLog accessLog, ApplicationEventPublisher events,
            Clock clock) {
        this.erasure = erasure;
        this.runs = runs;
        this.accessLog = accessLog;
        this.events = events;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> concernRetentionTask(@Value("${lotse.retention.run-at:02:30}") LocalTime runAt) {
        return Tasks.recurring("concern-retention", Schedules.daily(ZoneId.of("Europe/Berlin"), runAt))
                .execute((instance, context) -> anonymiseDue());
    }

    /** Anonymises every concern due by this clock's time; returns how many. */
    int anonymiseDue() {
        Instant now = clock.instant();
        return runs.run("finished concern(s)", erasure.jobcentersWithFinishedConcerns(), now,
                RetentionPolicy::concernsFinishedBefore, (jobcenter, cutoff, limit) -> anonymise(jobcenter, cutoff, limit, now));
    }

    private int anonymise(JobcenterId jobcenter, Instant cutoff, int limit, Instant now) {
        List<ConcernErasure.Due> due = erasure.due(jobcenter, cutoff, limit);
        for (ConcernErasure.Due concern : due) {
            erasure.erase(concern.id(), now);
            accessLog.forgetCitizenDevices(CitizenAccess.SUBJECT, concern.id().value());
            events.publishEvent(new ConcernAnonymised(concern.id(), concern.reference(), now));
        }
        return due.size();
    }
}
