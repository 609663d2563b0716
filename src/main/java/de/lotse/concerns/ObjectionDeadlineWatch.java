package de.lotse.concerns;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
import de.lotse.concerns.ConcernEvents.ObjectionDeadlineNearing;
import de.lotse.deadlines.DeadlineAdvice;
import de.lotse.deadlines.DeadlineGuard;

/**
 * Reminds citizens of the objection deadline of the Bescheid their concern cites, 7 and 3 days before it ends, because
 * the informal route does not stop it. A level already reached on the day the concern came in is not reminded of
 * (the status page showed the deadline then); a concern fully remedied, or merged into another, is left alone. Each
 * reminder is recorded with its event in one transaction, so it goes out once.
 */
@Configuration(proxyBeanMethods = false)
class ObjectionDeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(ObjectionDeadlineWatch.class);

    /** A month and the longest move past holidays, plus Bekanntgabe: older Bescheide cannot have a period running. */
    private static final int LOOK_BACK_DAYS = 45;

    private record Cited(UUID concern, String reference, LocalDate noticeDate, Instant receivedAt) {
    }

    private final JdbcClient jdbc;
    private final DeadlineGuard deadlines;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ObjectionDeadlineWatch(JdbcClient jdbc, DeadlineGuard deadlines, ApplicationEventPublisher events,
            TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> objectionDeadlineWatchTask(@Value("${lotse.deadlines.reminder-check:15m}") Duration every) {
        return Tasks.recurring("objection-deadline-watch", FixedDelay.of(every))
                .execute((instance, context) -> remind(clock.instant()));
    }

    /** Sends the reminders due at this moment; returns how many. */
    int remind(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, HamburgCalendar.ZONE);
        Integer sent = transactions.execute(status -> {
            int count = 0;
            for (Cited cited : cited(today)) {
                DeadlineAdvice advice = deadlines.forDateOnBescheid(cited.noticeDate(), today);
                Optional<DeadlineAdvice.Reminder> due = advice
                        .reminderDue(LocalDate.ofInstant(cited.receivedAt(), HamburgCalendar.ZONE));
                if (due.isPresent() && recorded(cited.concern(), due.get(), advice, now)) {
                    events.publishEvent(new ObjectionDeadlineNearing(new ConcernId(cited.concern()),
                            new Reference(cited.reference()), advice.period().endsOn(), (int) advice.daysLeft(),
                            due.get().daysBefore()));
                    count++;
                }
            }
            return count;
        });
        if (sent != null && sent > 0) {
            log.info("Objection deadline watch: {} reminder(s)", sent);
        }
        return sent == null ? 0 : sent;
    }

    private List<Cited> cited(LocalDate today) {
        return jdbc.sql("""
                SELECT id, reference, notice_date, received_at FROM concern
                 WHERE notice_date >= ? AND merged_into_id IS NULL AND coalesce(outcome, '') <> 'GRANTED'
                   AND NOT EXISTS (SELECT 1 FROM objection_deadline_reminder r
                                    WHERE r.concern_id = concern.id AND r.level = 'THREE_DAYS')""")
                .param(today.minusDays(LOOK_BACK_DAYS))
                .query((rs, row) -> new Cited(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getObject("notice_date", LocalDate.class), rs.getTimestamp("received_at").toInstant()))
                .list();
    }

    /** Records the reminder; false if it was recorded before (by this or another instance). */
    private boolean recorded(UUID concern, DeadlineAdvice.Reminder level, DeadlineAdvice advice, Instant now) {
        return jdbc.sql("""
                INSERT INTO objection_deadline_reminder (concern_id, level, ends_on, reminded_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(concern, level.name(), advice.period().endsOn(), Timestamp.from(now)).update() == 1;
    }
}
