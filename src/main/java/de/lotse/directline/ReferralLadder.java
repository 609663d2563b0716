package de.lotse.directline;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

/**
 * Watches the escalation ladder once a minute, on one instance of the cluster: a referral whose level clock ran out
 * climbs to the next level with a fresh clock; at the top it is reported once. Referrals whose consent ran out end
 * first, so that nothing climbs on a case nobody may read any more.
 */
@Configuration(proxyBeanMethods = false)
class ReferralLadder {

    private static final Logger log = LoggerFactory.getLogger(ReferralLadder.class);

    private final DirectLine directLine;
    private final Clock clock;

    ReferralLadder(DirectLine directLine, Clock clock) {
        this.directLine = directLine;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> referralLadderTask() {
        return Tasks.recurring("referral-ladder", FixedDelay.of(Duration.ofMinutes(1))).execute((instance, context) -> {
            int expired = directLine.expire(clock.instant());
            if (expired > 0) {
                log.info("Direct line: {} referral(s) ended because the client's consent ran out", expired);
            }
            int climbed = directLine.climb(clock.instant());
            if (climbed > 0) {
                log.info("Direct line: {} referral(s) climbed the escalation ladder", climbed);
            }
        });
    }
}
