package de.lotse.directory;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import de.lotse.calendar.HamburgCalendar;

/**
 * Keeps the directory true: a published entry not verified for six months brings its organization a reminder by
 * e-mail (at most one a month, until someone verifies it); after twelve months the pages mark it "possibly
 * outdated" ({@link #possiblyOutdated}). A sample entry is never reminded of.
 */
@Configuration(proxyBeanMethods = false)
public class VerificationWatch {

    private static final Logger log = LoggerFactory.getLogger(VerificationWatch.class);

    static final Period REMIND_AFTER = Period.ofMonths(6);
    static final Period OUTDATED_AFTER = Period.ofMonths(12);
    static final Duration REMIND_EVERY = Duration.ofDays(30);

    private record Stale(UUID service, String name, String email, Optional<LocalDate> verifiedAt) {
    }

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource texts;
    private final Clock clock;
    private final String publicUrl;
    private final String sender;

    VerificationWatch(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, MessageSource texts, Clock clock,
            @Value("${lotse.public-url:}") String publicUrl, @Value("${lotse.mail.from:lotse@jobcenter.lotse.test}") String sender) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.texts = texts;
        this.clock = clock;
        this.publicUrl = publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.strip();
        this.sender = sender;
    }

    /** Whether an entry last verified on that day counts as possibly outdated today (never verified: it does). */
    public static boolean possiblyOutdated(Optional<LocalDate> verifiedAt, LocalDate today) {
        return verifiedAt.map(day -> !day.plus(OUTDATED_AFTER).isAfter(today)).orElse(true);
    }

    @Bean
    RecurringTask<Void> directoryVerificationTask(@Value("${lotse.directory.verification-check:6h}") Duration every) {
        return Tasks.recurring("directory-verification", FixedDelay.of(every))
                .execute((instance, context) -> remind(clock.instant()));
    }

    /** Sends the reminders due now; returns how many went out. */
    int remind(Instant now) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        LocalDate today = LocalDate.ofInstant(now, HamburgCalendar.ZONE);
        int sent = 0;
        for (Stale stale : stale(today, now)) {
            // Recorded first: a mail server that fails now is tried again next month, never twice in a row.
            jdbc.sql("INSERT INTO directory_verification_reminder (id, service_id, verified_at, sent_at) VALUES (?, ?, ?, ?)")
                    .params(UUID.randomUUID(), stale.service(), stale.verifiedAt().orElse(null), Timestamp.from(now))
                    .update();
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(this.sender);
            message.setTo(stale.email());
            message.setSubject(texts.getMessage("staff.notice.directory.verify.subject", new Object[] { stale.name() },
                    Locale.GERMAN));
            message.setText(texts.getMessage("staff.notice.directory.verify.text", null, Locale.GERMAN) + "\n\n"
                    + publicUrl + "/partner/verzeichnis/" + stale.service() + "\n");
            try {
                sender.send(message);
                sent++;
            } catch (org.springframework.mail.MailException failed) {
                log.warn("Verification reminder for directory entry {} not sent: {}", stale.service(), failed.getMessage());
            }
        }
        return sent;
    }

    private List<Stale> stale(LocalDate today, Instant now) {
        return jdbc.sql("""
                SELECT s.id, s.name, coalesce(s.email, o.email) AS email, s.verified_at
                  FROM directory_service s JOIN directory_organization o ON o.id = s.organization_id
                 WHERE s.status = 'PUBLISHED' AND NOT o.sample AND coalesce(s.email, o.email) IS NOT NULL
                   AND (s.verified_at IS NULL OR s.verified_at <= ?)
                   AND NOT EXISTS (SELECT 1 FROM directory_verification_reminder r
                                    WHERE r.service_id = s.id AND r.sent_at > ?)""")
                .params(today.minus(REMIND_AFTER), Timestamp.from(now.minus(REMIND_EVERY)))
                .query((rs, row) -> new Stale(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email"),
                        Optional.ofNullable(rs.getObject("verified_at", LocalDate.class))))
                .list();
    }
}
