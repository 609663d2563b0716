package de.lotse.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import de.lotse.IntegrationTest;
import de.lotse.SentMail;
import de.lotse.concerns.CaseWork;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernEvents.StaffReplied;
import de.lotse.concerns.ConcernIntake;
import de.lotse.concerns.ConcernReplies;
import de.lotse.concerns.Contact;
import de.lotse.concerns.Receipt;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** A staff reply reaches a citizen who chose e-mail, once, through the real (embedded) mail server. */
@IntegrationTest
class ReplyDeliveryIntegrationTest {

    @Autowired ConcernIntake intake;
    @Autowired CaseWork caseWork;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired GreenMail mailServer;
    @Autowired ReplyDelivery replyDelivery;
    @Autowired Deliveries deliveries;
    @Autowired ConcernReplies replies;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired Attachments attachments;
    @Autowired Bindings bindings;
    @Autowired CitizenTexts texts;

    private Receipt aConcernByEmail(String address, String language) {
        return intake.submit(new ConcernDraft("QUESTION", null, null, "Wann wird mein Antrag bearbeitet?", null, null,
                null, "20095", false, "EMAIL", address, null, language, false), Optional.of(UUID.randomUUID().toString()));
    }

    private List<MimeMessage> mailsTo(String address, int atLeast) throws Exception {
        return SentMail.to(mailServer, address, atLeast);
    }

    /** The replies among the mails to this address (each concern also gets its acknowledgement). */
    private List<MimeMessage> repliesTo(String address, int atLeast) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<MimeMessage> replies = List.of();
        while (System.nanoTime() < deadline) {
            replies = new ArrayList<>();
            for (MimeMessage mail : SentMail.to(mailServer, address, 0)) {
                if (mail.getHeader("Auto-Submitted") == null) {
                    replies.add(mail);
                }
            }
            if (replies.size() >= atLeast) {
                return replies;
            }
            Thread.sleep(100);
        }
        return replies;
    }

    @Test
    void the_reply_arrives_by_email_in_the_citizens_language_with_reference_and_a_fixed_message_id() throws Exception {
        String address = "antwort-" + UUID.randomUUID() + "@example.org";
        Receipt receipt = aConcernByEmail(address, "en");
        StaffMember agent = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "mitte");

        caseWork.reply(agent, receipt.reference().value(), caseWork.open(agent, receipt.reference().value()).version(),
                "Your application is being processed <today>.");

        MimeMessage mail = repliesTo(address, 1).get(0);
        assertThat(mail.getSubject()).isEqualTo("Your request " + receipt.reference().value() + ": reply from the Jobcenter");
        assertThat(mail.getHeader("Auto-Submitted")).as("a person wrote it").isNull();
        String messageId = mail.getMessageID();
        assertThat(jdbc.sql("SELECT external_id FROM channel_delivery WHERE recipient = ? AND position > 1").param(address)
                .query(String.class).single()).isEqualTo(messageId);
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("Your application is being processed", "&lt;today&gt;");
        assertThat(((MimeMultipart) mail.getContent()).getCount()).isPositive();
        assertThat(replies.reply(caseWork.open(agent, receipt.reference().value()).id(), 99, "test")).isEmpty();
        long sent = jdbc.sql("SELECT count(*) FROM channel_delivery WHERE recipient = ? AND status = 'SENT' AND position > 1")
                .param(address).query(Long.class).single();
        assertThat(sent).as("the reply, besides the acknowledgement (position 1)").isEqualTo(1);
    }

    @Test
    void a_concern_from_the_web_is_acknowledged_by_email_in_the_citizens_language_once() throws Exception {
        String address = "eingang-" + UUID.randomUUID() + "@example.org";
        Receipt receipt = aConcernByEmail(address, "en");

        MimeMessage ack = mailsTo(address, 1).get(0);
        assertThat(ack.getSubject()).isEqualTo("Your request " + receipt.reference().value() + " has reached the Jobcenter");
        assertThat(GreenMailUtil.getBody(ack)).contains("/status/" + receipt.secret().value());
        Thread.sleep(500);
        assertThat(mailsTo(address, 2)).hasSize(1);
    }

    @Test
    void a_reply_handed_over_twice_is_sent_once() throws Exception {
        String address = "zweimal-" + UUID.randomUUID() + "@example.org";
        Receipt receipt = aConcernByEmail(address, "de");
        StaffMember agent = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "mitte");
        caseWork.reply(agent, receipt.reference().value(), caseWork.open(agent, receipt.reference().value()).version(),
                "Wir melden uns.");
        repliesTo(address, 1);
        var concern = caseWork.open(agent, receipt.reference().value());
        int position = concern.timeline().stream().filter(e -> e.type() == de.lotse.concerns.TimelineEntry.Type.STAFF_REPLY)
                .findFirst().orElseThrow().position();

        transactions.executeWithoutResult(status -> replyDelivery.on(new StaffReplied(concern.id(), concern.reference(), position)));

        Thread.sleep(500);
        assertThat(repliesTo(address, 2)).hasSize(1);
    }

    @Test
    void a_channel_that_fails_is_tried_again_after_a_pause_and_the_concern_page_says_so() {
        String address = "später-" + UUID.randomUUID() + "@example.org";
        Receipt receipt = aConcernByEmail(address, "de");
        StaffMember agent = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "mitte");
        var concern = caseWork.open(agent, receipt.reference().value());
        List<String> sent = new ArrayList<>();
        boolean[] down = { true };
        ChannelGateway flaky = emailGateway(message -> {
            if (down[0]) {
                throw new DeliveryFailed("connection refused", false, null);
            }
            sent.add(message.externalId());
            return Optional.empty();
        });
        // Far ahead, so that the running scheduler (real clock) leaves this row to the test.
        Instant start = Instant.parse("2099-11-26T09:00:00Z");
        Clock[] now = { Clock.fixed(start, ZoneOffset.UTC) };
        java.util.function.Function<Clock, ReplyDelivery> at = clock -> new ReplyDelivery(deliveries, replies,
                List.of(flaky), transactions, clock, event -> { }, "test.invalid", attachments, texts, "", bindings);
        // The reply itself goes out through the real gateway too; this test looks at its own delivery queue row.
        jdbc.sql("INSERT INTO concern_timeline_entry (id, concern_id, position, type, audience, body, actor, occurred_at) "
                + "VALUES (?, ?, 99, 'STAFF_REPLY', 'CITIZEN', 'Bitte Kontoauszüge schicken.', 'staff:x', now())")
                .params(UUID.randomUUID(), concern.id().value()).update();

        transactions.executeWithoutResult(status -> at.apply(now[0]).on(new StaffReplied(concern.id(), concern.reference(), 99)));
        assertThat(deliveryOf(concern, 99)).satisfies(note -> {
            assertThat(note.status()).isEqualTo("QUEUED");
            assertThat(note.problem()).contains("connection refused");
            assertThat(note.nextAttempt()).contains(start.plus(ReplyDelivery.RETRY_PAUSES.get(0)));
        });

        assertThat(at.apply(Clock.fixed(start.plusSeconds(10), ZoneOffset.UTC)).retryDue()).isZero();
        down[0] = false;
        at.apply(Clock.fixed(start.plusSeconds(31), ZoneOffset.UTC)).retryDue();

        assertThat(sent).hasSize(1);
        assertThat(deliveryOf(concern, 99).status()).isEqualTo("SENT");
        assertThat(deliveryOf(concern, 99).attempts()).isEqualTo(2);
    }

    @Test
    void a_message_sent_before_a_later_one_fails_unexpectedly_is_not_sent_again() {
        String address = "nacheinander-" + UUID.randomUUID() + "@example.org";
        Receipt receipt = aConcernByEmail(address, "de");
        StaffMember agent = new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "mitte");
        var concern = caseWork.open(agent, receipt.reference().value());
        List<String> sent = new ArrayList<>();
        String[] mode = { "down" };
        ChannelGateway gateway = emailGateway(message -> {
            if (!message.recipient().equals(address)) {
                return Optional.empty(); // another test's row: not this test's business
            }
            if (mode[0].equals("down")) {
                throw new DeliveryFailed("connection refused", false, null);
            }
            if (mode[0].equals("second breaks") && sent.size() == 1) {
                // what a lost database connection or a killed JVM does between two sends
                throw new IllegalStateException("connection to the database lost");
            }
            sent.add(message.externalId());
            return Optional.empty();
        });
        Instant start = Instant.parse("2099-11-27T09:00:00Z");
        java.util.function.Function<Instant, ReplyDelivery> at = instant -> new ReplyDelivery(deliveries, replies,
                List.of(gateway), transactions, Clock.fixed(instant, ZoneOffset.UTC), event -> { }, "test.invalid",
                attachments, texts, "", bindings);
        for (int position : new int[] { 98, 99 }) {
            jdbc.sql("INSERT INTO concern_timeline_entry (id, concern_id, position, type, audience, body, actor, occurred_at) "
                    + "VALUES (?, ?, ?, 'STAFF_REPLY', 'CITIZEN', 'Antwort " + position + "', 'staff:x', now())")
                    .params(UUID.randomUUID(), concern.id().value(), position).update();
            // queued one second apart, so that 98 is due first
            transactions.executeWithoutResult(status -> at.apply(start.plusSeconds(position))
                    .on(new StaffReplied(concern.id(), concern.reference(), position)));
        }

        mode[0] = "second breaks";
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> at.apply(start.plusSeconds(600)).retryDue());
        mode[0] = "up";
        at.apply(start.plusSeconds(601)).retryDue();

        assertThat(sent).as("each reply once, the first not again after the failure of the second").hasSize(2)
                .doesNotHaveDuplicates();
        assertThat(deliveryOf(concern, 98).status()).isEqualTo("SENT");
        assertThat(deliveryOf(concern, 99).status()).isEqualTo("SENT");
    }

    /** What a channel does with a message: sends it, or throws. */
    private interface Send {
        Optional<String> send(OutboundMessage message) throws DeliveryFailed;
    }

    /** An e-mail channel of the test's own, to the contact's address. */
    private static ChannelGateway emailGateway(Send send) {
        return new ChannelGateway() {
            public Channel channel() {
                return Channel.EMAIL;
            }

            public Optional<String> recipient(ConcernReplies.ReplyToDeliver reply) {
                return reply.contact().email();
            }

            public Optional<String> send(OutboundMessage message) throws DeliveryFailed {
                return send.send(message);
            }
        };
    }

    private ConcernReplies.DeliveryNote deliveryOf(de.lotse.concerns.Concern concern, int position) {
        return replyDelivery.of(concern.id()).stream().filter(note -> note.position() == position).findFirst().orElseThrow();
    }
}
