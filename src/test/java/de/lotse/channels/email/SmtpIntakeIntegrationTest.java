package de.lotse.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lotse.DebianPackages;
import de.lotse.IntegrationTest;

/**
 * Mail delivered to Lotse over SMTP, sent the way an administrator would try it: with swaks (Debian package swaks,
 * installed on first use where we may).
 */
@IntegrationTest
class SmtpIntakeIntegrationTest {

    @Autowired SmtpIntake intake;
    @Autowired JdbcClient jdbc;

    private record Sent(int exitCode, String transcript) {
    }

    private Sent swaks(String to, String from, String subject, String body) throws Exception {
        DebianPackages.ensure(List.of(java.nio.file.Path.of("/usr/bin/swaks")), "swaks");
        Process swaks = new ProcessBuilder(List.of("swaks", "--server", "127.0.0.1", "--port", String.valueOf(intake.port()),
                "--to", to, "--from", from, "--header", "Subject: " + subject, "--body", body, "--timeout", "20"))
                .redirectErrorStream(true).start();
        assertThat(swaks.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Sent(swaks.exitValue(), new String(swaks.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void a_mail_sent_with_swaks_becomes_a_concern_once_it_is_committed() throws Exception {
        String sender = "swaks-" + UUID.randomUUID() + "@example.org";

        Sent sent = swaks("anliegen+test@jobcenter.lotse.test", sender, "Mein Antrag", "Seit Wochen keine Antwort.");

        assertThat(sent.exitCode()).as(sent.transcript()).isZero();
        assertThat(sent.transcript()).contains("250");
        assertThat(jdbc.sql("SELECT description FROM concern WHERE contact_email = ?").param(sender).query(String.class)
                .single()).contains("Betreff: Mein Antrag", "Seit Wochen keine Antwort.");
        assertThat(jdbc.sql("SELECT outcome FROM channel_inbound WHERE sender = ?").param(sender).query(String.class)
                .single()).isEqualTo("NEW_CONCERN");
    }

    @Test
    void other_recipients_are_refused_and_nothing_is_taken_in() throws Exception {
        String sender = "falsch-" + UUID.randomUUID() + "@example.org";

        Sent sent = swaks("jemand@example.org", sender, "Irrläufer", "Text");

        assertThat(sent.exitCode()).as(sent.transcript()).isNotZero();
        assertThat(sent.transcript()).contains("550");
        assertThat(jdbc.sql("SELECT count(*) FROM channel_inbound WHERE sender = ?").param(sender).query(Long.class)
                .single()).isZero();
    }
}
