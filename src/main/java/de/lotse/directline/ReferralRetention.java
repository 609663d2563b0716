package de.lotse.directline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;

import de.lotse.privacy.RetentionPolicy;
import de.lotse.privacy.RetentionRuns;

/**
 * Anonymises ended referrals whose retention period (the Jobcenter's referral months) is over, once a night on one
 * instance; each batch in one transaction, so a crash leaves every referral either whole or anonymised.
 */
@Configuration(proxyBeanMethods = false)
class ReferralRetention {

    private final ReferralErasure erasure;
    private final RetentionRuns runs;
    private final Clock clock;

    ReferralRetention(ReferralErasure erasure, RetentionRuns runs, Clock clock) {
        this.erasure = erasure;
        this.runs = runs;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> referralRetentionTask(@Value("${lotse.retention.run-at:02:30}") LocalTime runAt) {
        return Tasks.recurring("referral-retention", Schedules.daily(ZoneId.of("Europe/Berlin"), runAt))
                .execute((instance, context) -> anonymiseDue());
    }

    /** Anonymises every referral due by this clock's time; returns how many. */
    int anonymiseDue() {
        Instant now = clock.instant();
        return runs.run("ended referral(s)", erasure.jobcentersWithEndedReferrals(), now,
                RetentionPolicy::referralsEndedBefore, (jobcenter, cutoff, limit) -> {
                    List<ReferralId> due = erasure.due(jobcenter, cutoff, limit);
                    due.forEach(referral -> erasure.erase(referral, now));
                    return due.size();
                });
    }
}
