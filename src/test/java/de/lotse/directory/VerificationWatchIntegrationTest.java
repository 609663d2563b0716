package de.lotse.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMail;

import de.lotse.IntegrationTest;
import de.lotse.SentMail;
import de.lotse.organisation.CurrentJobcenter;

/** Entries not verified for six months remind their organization, once a month; samples never. */
@IntegrationTest
class VerificationWatchIntegrationTest {

    @Autowired VerificationWatch watch;
    @Autowired JdbcClient jdbc;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired GreenMail mailServer;

    private String entry(LocalDate verifiedAt, boolean sample) {
        UUID organization = UUID.randomUUID();
        String email = "eintrag-" + organization + "@example.org";
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                INSERT INTO directory_organization (id, jobcenter_id, name, description, email, sample, created_at, updated_at)
                VALUES (?, ?, ?, 'Beratung', ?, ?, ?, ?)""")
                .params(organization, jobcenter.get().id().value(), "Beratung " + organization, email, sample, now, now).update();
        jdbc.sql("""
                INSERT INTO directory_service (id, organization_id, name, description, status, appointment, verified_at,
                                               created_at, updated_at)
                VALUES (?, ?, 'Sozialberatung', 'Hilfe bei Bescheiden', 'PUBLISHED', 'BOTH', ?, ?, ?)""")
                .params(UUID.randomUUID(), organization, verifiedAt, now, now).update();
        return email;
    }

    @Test
    void an_entry_unverified_for_six_months_reminds_its_organization_once_a_month() throws Exception {
        LocalDate today = LocalDate.now();
        String stale = entry(today.minusMonths(7), false);
        String fresh = entry(today.minusMonths(2), false);
        String sample = entry(today.minusMonths(13), true);

        watch.remind(Instant.now());
        watch.remind(Instant.now());

        assertThat(SentMail.to(mailServer, stale, 1)).singleElement()
                .satisfies(mail -> assertThat(SentMail.plainText(mail)).contains("sechs Monaten", "/partner/verzeichnis/"));
        Thread.sleep(300);
        assertThat(SentMail.to(mailServer, fresh, 0)).isEmpty();
        assertThat(SentMail.to(mailServer, sample, 0)).isEmpty();

        watch.remind(Instant.now().plus(java.time.Duration.ofDays(31)));
        assertThat(SentMail.to(mailServer, stale, 2)).as("a month later, still unverified").hasSize(2);
    }

    @Test
    void an_entry_is_possibly_outdated_after_twelve_months_or_when_never_verified() {
        LocalDate today = LocalDate.of(2026, 11, 26);

        assertThat(VerificationWatch.possiblyOutdated(Optional.of(LocalDate.of(2025, 11, 27)), today)).isFalse();
        assertThat(VerificationWatch.possiblyOutdated(Optional.of(LocalDate.of(2025, 11, 26)), today)).isTrue();
        assertThat(VerificationWatch.possiblyOutdated(Optional.empty(), today)).isTrue();
    }
}
