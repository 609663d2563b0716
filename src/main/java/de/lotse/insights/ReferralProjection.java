package de.lotse.insights;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.directline.DirectLineEvents.ReferralResolved;

/**
 * Settled direct-line referrals in the insights: outcome (remedied, partly, not) and root cause by topic and site, for
 * the month it was settled in. The event carries only codes; the referral is kept under a pseudonym.
 */
@Component
class ReferralProjection {

    static final String KIND = "referral";

    private final Pseudonyms pseudonyms;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReferralProjection(Pseudonyms pseudonyms, JdbcClient jdbc, Clock clock) {
        this.pseudonyms = pseudonyms;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ReferralResolved resolved) {
        LocalDate month = clock.instant().atZone(HamburgCalendar.ZONE).toLocalDate().withDayOfMonth(1);
        jdbc.sql("""
                INSERT INTO insight_referral (pseudonym, jobcenter_id, site_id, resolved_month, legal_topic,
                       administrative_problem, outcome, root_cause, escalation_level)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (pseudonym) DO UPDATE SET outcome = excluded.outcome, root_cause = excluded.root_cause,
                       escalation_level = excluded.escalation_level, legal_topic = excluded.legal_topic,
                       administrative_problem = excluded.administrative_problem""")
                .params(pseudonyms.of(KIND, resolved.referral().value()), resolved.jobcenter().value(),
                        resolved.site().map(site -> site.value()).orElse(null), month, resolved.legalTopic().name(),
                        resolved.administrativeProblem().name(), resolved.outcome().name(),
                        resolved.cause().map(Enum::name).orElse(null), resolved.level().name())
                .update();
    }
}
