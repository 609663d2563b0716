package de.lotse.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lotse.IntegrationTest;
import de.lotse.channels.InboundMessages.Outcome;
import jakarta.mail.Session;

/** Bad mail gets a clear outcome, and nothing of it is lost: the original is kept unless it is over the limit. */
@IntegrationTest
class EmailBadInputIntegrationTest {

    private static final String MAILBOX = "anliegen@jobcenter.lotse.test";

    @Autowired EmailInbox inbox;
    @Autowired JdbcClient jdbc;

    private final Session session = Session.getInstance(new Properties());

    private static String headers(String from, String subject, String contentType) {
        return "From: " + from + "\r\nTo: " + MAILBOX + "\r\nSubject: " + subject + "\r\nMessage-ID: <" + UUID.randomUUID()
                + "@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: " + contentType + "\r\n";
    }

    private String description(String sender) {
        return jdbc.sql("SELECT description FROM concern WHERE contact_email = ?").param(sender).query(String.class).single();
    }

    private boolean originalKept(String sender) {
        return jdbc.sql("SELECT raw IS NOT NULL FROM channel_inbound WHERE sender = ?").param(sender).query(Boolean.class)
                .single();
    }

    @Test
    void broken_mime_still_makes_a_concern_that_says_so_and_keeps_the_original() {
        String sender = "kaputt-" + UUID.randomUUID() + "@example.org";
        String raw = headers(sender, "Kaputt", "multipart/mixed") + "\r\n--ohne-grenze\r\nText\r\n";

        assertThat(inbox.take(session, raw.getBytes(StandardCharsets.US_ASCII))).isEqualTo(Outcome.NEW_CONCERN);

        assertThat(description(sender)).contains("lesbar", "Das Original ist gespeichert");
        assertThat(originalKept(sender)).isTrue();
    }

    @Test
    void invalid_utf8_keeps_every_readable_word() {
        String sender = "bytes-" + UUID.randomUUID() + "@example.org";
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.writeBytes((headers(sender, "Bytes", "text/plain; charset=UTF-8") + "\r\nMiete f").getBytes(StandardCharsets.US_ASCII));
        raw.writeBytes(new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF });
        raw.writeBytes("r Oktober fehlt.\r\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(inbox.take(session, raw.toByteArray())).isEqualTo(Outcome.NEW_CONCERN);

        assertThat(description(sender)).contains("Miete f", "r Oktober fehlt.");
    }

    @Test
    void ten_thousand_recipients_in_the_header_change_nothing() {
        String sender = "viele-" + UUID.randomUUID() + "@example.org";
        StringBuilder cc = new StringBuilder("Cc: ");
        for (int i = 0; i < 10_000; i++) {
            cc.append(i == 0 ? "" : ",\r\n ").append("person").append(i).append("@example.org");
        }
        String raw = headers(sender, "Rundmail", "text/plain; charset=UTF-8") + cc + "\r\n\r\nBitte um Rückruf.\r\n";

        long started = System.nanoTime();
        assertThat(inbox.take(session, raw.getBytes(StandardCharsets.UTF_8))).isEqualTo(Outcome.NEW_CONCERN);

        assertThat(description(sender)).contains("Bitte um Rückruf.");
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds, generous for a slow machine").isLessThan(20_000);
    }

    @Test
    void a_zip_is_never_opened_and_a_huge_file_is_refused_while_the_mail_is_taken_in() {
        String sender = "gross-" + UUID.randomUUID() + "@example.org";
        byte[] huge = new byte[50 * 1024 * 1024];
        huge[0] = '%';
        String hugeBase64 = java.util.Base64.getMimeEncoder().encodeToString(huge);
        String zip = java.util.Base64.getMimeEncoder().encodeToString("PK\u0003\u0004 42.zip".getBytes(StandardCharsets.ISO_8859_1));
        String raw = headers(sender, "Unterlagen", "multipart/mixed; boundary=\"b\"") + "\r\n--b\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nMeine Unterlagen.\r\n--b\r\n"
                + "Content-Type: application/zip; name=\"unterlagen.zip\"\r\nContent-Disposition: attachment; filename=\"unterlagen.zip\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + zip + "\r\n--b\r\n"
                + "Content-Type: application/pdf; name=\"scan.pdf\"\r\nContent-Disposition: attachment; filename=\"scan.pdf\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + hugeBase64 + "\r\n--b--\r\n";

        assertThat(inbox.take(session, raw.getBytes(StandardCharsets.US_ASCII))).isEqualTo(Outcome.NEW_CONCERN);

        assertThat(jdbc.sql("""
                SELECT string_agg(a.filename || '=' || a.outcome, ',' ORDER BY a.filename) FROM channel_attachment a
                  JOIN concern k ON k.id = a.concern_id WHERE k.contact_email = ?""").param(sender).query(String.class)
                .single()).isEqualTo("scan.pdf=TOO_BIG,unterlagen.zip=TYPE_REFUSED");
        assertThat(originalKept(sender)).as("over the 25 MB limit for originals").isFalse();
        assertThat(jdbc.sql("SELECT raw_size FROM channel_inbound WHERE sender = ?").param(sender).query(Long.class)
                .single()).isGreaterThan(50L * 1024 * 1024);
    }

    @Test
    void a_flood_from_one_address_joins_its_latest_concern_after_ten_new_ones() {
        String sender = "flut-" + UUID.randomUUID() + "@example.org";
        for (int i = 0; i < 12; i++) {
            String raw = headers(sender, "Nachricht " + i, "text/plain; charset=UTF-8") + "\r\nText " + i + "\r\n";
            inbox.take(session, raw.getBytes(StandardCharsets.UTF_8));
        }

        assertThat(jdbc.sql("SELECT count(*) FROM concern WHERE contact_email = ?").param(sender).query(Long.class).single())
                .isEqualTo(10);
        assertThat(jdbc.sql("SELECT count(*) FROM channel_inbound WHERE sender = ?").param(sender).query(Long.class).single())
                .isEqualTo(12);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM concern_timeline_entry e JOIN concern k ON k.id = e.concern_id
                 WHERE k.contact_email = ? AND e.type = 'CITIZEN_MESSAGE'""").param(sender).query(Long.class).single())
                .isEqualTo(2);
    }
}
