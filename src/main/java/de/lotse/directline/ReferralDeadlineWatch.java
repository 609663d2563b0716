package de.lotse.directline;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.concerns.Reference;
import de.lotse.deadlines.DeadlineAdvice;
import de.lotse.deadlines.DeadlineGuard;
import de.lotse.deadlines.Delivery;
import de.lotse.deadlines.Instruction;
import de.lotse.organisation.CentreId;
import de.lotse.organisation.SiteId;

/**
 * Reminds both sides of a referral 7 and 3 days before the objection deadline of its Bescheid ends, because the
 * direct line does not stop it: the counsellor may need to object formally, the site management to remedy in time.
 * Not for a withdrawn or fully remedied referral; each reminder once.
 */
@Configuration(proxyBeanMethods = false)
class ReferralDeadlineWatch {

    /** A year for a missing Belehrung, plus Bekanntgabe and moves: older Bescheide cannot have a period running. */
    private static final int LOOK_BACK_DAYS = 400;

    private record Cited(ReferralId referral, Reference reference, CentreId centre, Optional<SiteId> site,
            ReferralStatus status, LocalDate bescheidDate, Delivery delivery, Instruction instruction, Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final DeadlineGuard deadlines;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReferralDeadlineWatch(JdbcClient jdbc, DeadlineGuard deadlines, ApplicationEventPublisher events,
            TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> referralDeadlineWatchTask(@Value("${lotse.deadlines.reminder-check:15m}") Duration every) {
        return Tasks.recurring("referral-deadline-watch", FixedDelay.of(every)).execute((instance, context) -> remind(clock.instant()));
    }

    int remind(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, HamburgCalendar.ZONE);
        Integer sent = transactions.execute(status -> {
            int count = 0;
            for (Cited cited : cited(today)) {
                DeadlineAdvice advice = deadlines.advice(cited.bescheidDate(), cited.delivery(), cited.instruction(), today);
                Optional<DeadlineAdvice.Reminder> due = advice
                        .reminderDue(LocalDate.ofInstant(cited.createdAt(), HamburgCalendar.ZONE));
                if (due.isPresent() && recorded(cited.referral(), due.get(), advice, now)) {
                    events.publishEvent(new DirectLineEvents.ReferralDeadlineNearing(cited.referral(), cited.reference(),
                            cited.centre(), cited.status() == ReferralStatus.AWAITING_CONSENT ? Optional.empty() : cited.site(),
                            advice.period().endsOn(), (int) advice.daysLeft()));
                    count++;
                }
            }
            return count;
        });
        return sent == null ? 0 : sent;
    }

    private List<Cited> cited(LocalDate today) {
        return jdbc.sql("""
                SELECT id, reference, centre_id, site_id, status, bescheid_date, bescheid_delivery, instruction, created_at
                  FROM referral
                 WHERE bescheid_date >= ? AND status NOT IN ('CONSENT_WITHDRAWN', 'CONSENT_EXPIRED')
                   AND coalesce(outcome, '') <> 'REMEDIED'
                   AND NOT EXISTS (SELECT 1 FROM referral_deadline_reminder r
                                    WHERE r.referral_id = referral.id AND r.level = 'THREE_DAYS')""")
                .param(today.minusDays(LOOK_BACK_DAYS))
                .query((rs, row) -> new Cited(new ReferralId(rs.getObject("id", UUID.class)),
                        new Reference(rs.getString("reference")), new CentreId(rs.getObject("centre_id", UUID.class)),
                        Optional.ofNullable(rs.getObject("site_id", UUID.class)).map(SiteId::new),
                        ReferralStatus.valueOf(rs.getString("status")), rs.getObject("bescheid_date", LocalDate.class),
                        Delivery.valueOf(rs.getString("bescheid_delivery")), Instruction.valueOf(rs.getString("instruction")),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private boolean recorded(ReferralId referral, DeadlineAdvice.Reminder level, DeadlineAdvice advice, Instant now) {
        return jdbc.sql("""
                INSERT INTO referral_deadline_reminder (referral_id, level, ends_on, reminded_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(referral.value(), level.name(), advice.period().endsOn(), Timestamp.from(now)).update() == 1;
    }
}
