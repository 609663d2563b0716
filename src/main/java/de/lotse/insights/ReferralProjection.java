package de.lotse.insights;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.directline.DirectLineEvents.ReferralResolved;
import de.lotse.directline.SettledReferrals.Settled;

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
        write(new Settled(resolved.referral(), resolved.jobcenter(), resolved.site(), resolved.legalTopic(),
                resolved.administrativeProblem(), resolved.outcome(), resolved.cause(), resolved.level(),
                clock.instant()), true);
    }

    /**
     * Writes the referral's row. The listener's write wins (it knows the referral as it is now); the backfill only
     * adds rows that are missing. Returns whether a row was written.
     */
    boolean write(Settled settled, boolean replace) {
        LocalDate month = monthOf(settled.settledAt());
        return jdbc.sql("""
                INSERT INTO insight_referral (pseudonym, jobcenter_id, site_id, resolved_month, legal_topic,
                       administrative_problem, outcome, root_cause, escalation_level)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (pseudonym) DO""" + (replace ? """
                 UPDATE SET outcome = excluded.outcome, root_cause = excluded.root_cause,
                       escalation_level = excluded.escalation_level, legal_topic = excluded.legal_topic,
                       administrative_problem = excluded.administrative_problem""" : " NOTHING"))
                .params(pseudonyms.of(KIND, settled.referral().value()), settled.jobcenter().value(),
                        settled.site().map(site -> site.value()).orElse(null), month, settled.legalTopic().name(),
                        settled.administrativeProblem().name(), settled.outcome().name(),
                        settled.cause().map(Enum::name).orElse(null), settled.level().name())
                .update() > 0;
    }

    private static LocalDate monthOf(Instant moment) {
        return moment.atZone(HamburgCalendar.ZONE).toLocalDate().withDayOfMonth(1);
    }
}
