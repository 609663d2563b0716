package de.lotse.concerns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMail;

import de.lotse.IntegrationTest;
import de.lotse.SentMail;
import de.lotse.calendar.HamburgCalendar;
import de.lotse.deadlines.DeadlineAdvice;
import de.lotse.deadlines.DeadlineGuard;
import jakarta.mail.internet.MimeMessage;

/** Citizens who cite a Bescheid hear 7 and 3 days before its objection deadline ends, once each. */
@IntegrationTest
class ObjectionDeadlineWatchIntegrationTest {

    @Autowired ConcernIntake intake;
    @Autowired ObjectionDeadlineWatch watch;
    @Autowired DeadlineGuard deadlines;
    @Autowired JdbcClient jdbc;
    @Autowired GreenMail mailServer;

    private static LocalDate today() {
        return LocalDate.now(HamburgCalendar.ZONE);
    }

    /** The date on a Bescheid whose deadline ends within the given days from today (and not sooner than 1 day). */
    private LocalDate bescheidEndingWithin(int days) {
        LocalDate date = today().minusDays(40);
        while (deadlines.forDateOnBescheid(date).daysLeft() < 1 || deadlines.forDateOnBescheid(date).daysLeft() > days) {
            date = date.plusDays(1);
        }
        return date;
    }

    private Receipt citing(LocalDate dateOnBescheid, String email, Instant receivedAt) {
        Receipt receipt = intake.submit(new ConcernDraft("BENEFIT_CONFLICT", null, null, "Die Miete fehlt im Bescheid.",
                dateOnBescheid.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")), null, null, "20095", false, "EMAIL",
                email, null, "de", false), Optional.of(UUID.randomUUID().toString()));
        jdbc.sql("UPDATE concern SET received_at = ? WHERE reference = ?")
                .params(java.sql.Timestamp.from(receivedAt), receipt.reference().value()).update();
        return receipt;
    }

    private List<String> remindersOf(Receipt receipt) {
        return jdbc.sql("""
                SELECT r.level FROM objection_deadline_reminder r JOIN concern k ON k.id = r.concern_id
                 WHERE k.reference = ? ORDER BY r.level""").param(receipt.reference().value()).query(String.class).list();
    }

    @Test
    void a_citizen_is_reminded_by_e_mail_once_when_the_deadline_is_a_week_away() throws Exception {
        String email = "frist-" + UUID.randomUUID() + "@example.org";
        LocalDate dateOnBescheid = bescheidEndingWithin(7);
        DeadlineAdvice advice = deadlines.forDateOnBescheid(dateOnBescheid);
        Receipt receipt = citing(dateOnBescheid, email, Instant.now().minus(java.time.Duration.ofDays(20)));

        watch.remind(Instant.now());
        watch.remind(Instant.now());

        assertThat(remindersOf(receipt)).singleElement().isIn("SEVEN_DAYS", "THREE_DAYS");
        List<MimeMessage> mails = SentMail.to(mailServer, email, 2); // the acknowledgement and the reminder
        MimeMessage reminder = mails.stream().filter(mail -> {
            try {
                return mail.getSubject().contains("Widerspruch");
            } catch (jakarta.mail.MessagingException unreadable) {
                return false;
            }
        }).findFirst().orElseThrow();
        assertThat(SentMail.plainText(reminder)).contains(receipt.reference().value(),
                DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy", java.util.Locale.GERMAN).format(advice.period().endsOn()),
                "hält diese Frist nicht an", "/status/" + receipt.secret().value());
    }

    @Test
    void no_reminder_for_a_level_already_reached_when_the_concern_came_in() {
        LocalDate dateOnBescheid = bescheidEndingWithin(7);
        Receipt receipt = citing(dateOnBescheid, "spaet-" + UUID.randomUUID() + "@example.org", Instant.now());

        watch.remind(Instant.now());

        // Came in today with the deadline days away: the status page showed it then; the next level is reminded of later.
        assertThat(remindersOf(receipt)).isEmpty();
    }

    @Test
    void a_fully_remedied_concern_gets_no_reminder() {
        LocalDate dateOnBescheid = bescheidEndingWithin(7);
        Receipt receipt = citing(dateOnBescheid, "abhilfe-" + UUID.randomUUID() + "@example.org",
                Instant.now().minus(java.time.Duration.ofDays(20)));
        jdbc.sql("UPDATE concern SET outcome = 'GRANTED' WHERE reference = ?").param(receipt.reference().value()).update();

        watch.remind(Instant.now());

        assertThat(remindersOf(receipt)).isEmpty();
    }
}
