package de.lotse.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lotse.IntegrationTest;
import de.lotse.MutableClock;

/**
 * The nightly sweeps of records with a fixed period: access log entries (24 months), forwarded accessibility reports
 * (12 months) and original messages without a concern (3 months). The records are placed in 2001 and the clock is
 * moved there, so that records of other tests stay far from their period's end.
 */
@IntegrationTest
class RetentionSweepsIntegrationTest {

    private static final Instant CAME_IN = Instant.parse("2001-06-01T10:00:00Z");

    @Autowired JdbcClient jdbc;
    @Autowired List<RetentionSweep> sweeps;

    private final MutableClock clock = new MutableClock(CAME_IN);

    private int sweepAt(Instant now) {
        clock.advance(Duration.between(clock.instant(), now));
        return new RetentionSweeps(sweeps, clock).sweepAll();
    }

    private long count(String sql, Object id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    @Test
    void an_access_log_entry_goes_after_24_months_and_not_a_day_before() {
        UUID subject = UUID.randomUUID();
        jdbc.sql("INSERT INTO access_log (id, subject_type, subject_id, actor, purpose, occurred_at) VALUES (?, 'concern', ?, 'staff:x', 'case-work', ?)")
                .params(UUID.randomUUID(), subject, Timestamp.from(CAME_IN)).update();
        String entries = "SELECT count(*) FROM access_log WHERE subject_id = ?";

        sweepAt(CAME_IN.plus(730, ChronoUnit.DAYS).minus(Duration.ofDays(1)));
        assertThat(count(entries, subject)).isEqualTo(1);
        sweepAt(CAME_IN.plus(731, ChronoUnit.DAYS));
        assertThat(count(entries, subject)).isZero();
    }

    @Test
    void a_forwarded_accessibility_report_goes_after_12_months_one_waiting_for_the_mailbox_stays() {
        UUID forwarded = report(true);
        UUID waiting = report(false);
        String reports = "SELECT count(*) FROM accessibility_feedback WHERE id = ?";

        sweepAt(CAME_IN.plus(365, ChronoUnit.DAYS).minus(Duration.ofDays(1)));
        assertThat(count(reports, forwarded)).isEqualTo(1);
        sweepAt(CAME_IN.plus(366, ChronoUnit.DAYS));
        assertThat(count(reports, forwarded)).isZero();
        assertThat(count(reports, waiting)).as("not yet forwarded").isEqualTo(1);
        jdbc.sql("DELETE FROM accessibility_feedback WHERE id = ?").param(waiting).update();
    }

    @Test
    void an_original_message_without_a_concern_loses_its_content_after_3_months_and_stays_known_as_a_repeat() {
        UUID bounce = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO channel_inbound (id, channel, external_id, sender, subject, outcome, raw, raw_size, received_at)
                VALUES (?, 'EMAIL', ?, 'mailer-daemon@example.org', 'Unzustellbar: Ihr Anliegen', 'BOUNCE', ?, 5, ?)""")
                .params(bounce, "<" + bounce + "@example.org>", "Hallo".getBytes(), Timestamp.from(CAME_IN)).update();
        String kept = "SELECT count(*) FROM channel_inbound WHERE id = ? AND raw IS NOT NULL AND sender IS NOT NULL";

        sweepAt(CAME_IN.plus(92, ChronoUnit.DAYS).minus(Duration.ofDays(1)));
        assertThat(count(kept, bounce)).isEqualTo(1);
        sweepAt(CAME_IN.plus(93, ChronoUnit.DAYS));
        assertThat(count(kept, bounce)).isZero();
        assertThat(count("SELECT count(*) FROM channel_inbound WHERE id = ? AND raw IS NULL AND sender IS NULL AND subject IS NULL",
                bounce)).as("the row stays, without personal data").isEqualTo(1);
    }

    private UUID report(boolean forwarded) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO accessibility_feedback (id, message, page, name, email, language, received_at, forwarded_at)
                VALUES (?, 'Kontrast zu schwach', '/beratung', 'Erika', 'erika@example.org', 'de', ?, ?)""")
                .params(id, Timestamp.from(CAME_IN), forwarded ? Timestamp.from(CAME_IN.plusSeconds(60)) : null).update();
        return id;
    }
}
