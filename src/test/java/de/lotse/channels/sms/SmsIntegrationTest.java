package de.lotse.channels.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import de.lotse.Eventually;
import de.lotse.IntegrationTest;
import de.lotse.SentMail;
import de.lotse.concerns.CallbackSlots;
import de.lotse.concerns.CaseWork;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernIntake;
import de.lotse.concerns.FieldProblem;
import de.lotse.concerns.InvalidDraft;
import de.lotse.concerns.Receipt;
import de.lotse.concerns.TimelineEntry;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/** SMS for citizens who chose it: a note with the status link for each reply, and texts back join the concern. */
@IntegrationTest
class SmsIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired ConcernIntake intake;
    @Autowired CaseWork caseWork;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired JdbcClient jdbc;
    @Autowired CallbackSlots slots;
    @Autowired GreenMail mailServer;

    private static String mobile() {
        return "0151 " + (20000000 + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 79999999));
    }

    private static String e164(String mobile) {
        return "+49" + mobile.replace(" ", "").substring(1);
    }

    private Receipt bySms(String phone) {
        return intake.submit(new ConcernDraft("QUESTION", null, null, "Wann kommt mein Geld?", null, null, null, "20095",
                false, "SMS", null, phone, "de", false), Optional.of(UUID.randomUUID().toString()));
    }

    private List<FakeSmsGateway.Sent> sentTo(String recipient, int atLeast) throws InterruptedException {
        return Eventually.atLeast(atLeast, () -> {
            synchronized (FakeSmsGateway.SENT) {
                return FakeSmsGateway.SENT.stream().filter(sent -> sent.recipient().equals(recipient)).toList();
            }
        });
    }

    private int incoming(String body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        return mvc.perform(post("/api/channels/sms").contentType("application/json").content(body)
                .header("X-Lotse-Signature", signature)).andReturn().getResponse().getStatus();
    }

    private StaffMember agent() {
        return new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "mitte");
    }

    @Test
    void sms_needs_a_mobile_number() {
        assertThatThrownBy(() -> bySms("040 1234567"))
                .isInstanceOfSatisfying(InvalidDraft.class, invalid -> assertThat(invalid.problems())
                        .extracting(FieldProblem::messageKey).contains("intake.error.phone.mobile"));
    }

    @Test
    void each_reply_is_told_by_sms_with_the_status_link_and_a_text_back_joins_the_concern() throws Exception {
        String mobile = mobile();
        Receipt receipt = bySms(mobile);
        String reference = receipt.reference().value();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline && jdbc.sql("SELECT count(*) FROM channel_binding WHERE address = ?")
                .param(e164(mobile)).query(Long.class).single() == 0) {
            Thread.sleep(100);
        }

        caseWork.reply(agent(), reference, caseWork.open(agent(), reference).version(), "Das Geld kommt am Freitag.");

        FakeSmsGateway.Sent sms = sentTo(e164(mobile), 1).get(0);
        assertThat(sms.smsId()).isEqualTo("s0");
        assertThat(sms.message()).contains(reference, "/status/" + receipt.secret().value())
                .doesNotContain("Freitag");

        String text = "{\"id\":\"sms-" + UUID.randomUUID() + "\",\"from\":\"" + e164(mobile) + "\",\"text\":\"Danke, bis Freitag.\"}";
        assertThat(incoming(text, "falsch")).isEqualTo(401);
        assertThat(incoming(text, "test-sms-secret")).isEqualTo(200);
        assertThat(incoming(text, "test-sms-secret")).isEqualTo(200);

        assertThat(caseWork.open(agent(), reference).timeline()).filteredOn(e -> e.type() == TimelineEntry.Type.CITIZEN_MESSAGE)
                .singleElement().satisfies(entry -> assertThat(entry.body()).contains("Danke, bis Freitag."));
    }

    private Receipt callback(String phone, String email, String window) {
        return intake.submit(new ConcernDraft("CALLBACK_REQUEST", null, null, "Bitte rufen Sie mich an.", null, null, null,
                "20095", false, "PHONE", email, phone, "de", false, window), Optional.of(UUID.randomUUID().toString()));
    }

    @Test
    void a_callback_window_booked_from_a_mobile_number_is_confirmed_by_sms_and_an_answer_joins_the_concern()
            throws Exception {
        CallbackSlots.Slot window = slots.upcoming().get(0);
        String mobile = mobile();
        Receipt receipt = callback(mobile, null, window.value());

        FakeSmsGateway.Sent sms = sentTo(e164(mobile), 1).get(0);
        String from = window.start().toLocalTime().toString();
        assertThat(sms.message()).contains(receipt.reference().value(), "zwischen " + from + " und " + window.endTime(),
                "/status/" + receipt.secret().value()).doesNotContain("Bitte rufen");

        String answer = "{\"id\":\"sms-" + UUID.randomUUID() + "\",\"from\":\"" + e164(mobile)
                + "\",\"text\":\"Um die Zeit kann ich nicht.\"}";
        assertThat(incoming(answer, "test-sms-secret")).isEqualTo(200);
        assertThat(caseWork.open(agent(), receipt.reference().value()).timeline())
                .filteredOn(e -> e.type() == TimelineEntry.Type.CITIZEN_MESSAGE)
                .singleElement().satisfies(entry -> assertThat(entry.body()).hasValueSatisfying(
                        body -> assertThat(body).contains("kann ich nicht")));
    }

    @Test
    void a_callback_from_a_landline_is_confirmed_by_e_mail_when_an_address_was_given() throws Exception {
        String email = "rueckruf-" + UUID.randomUUID() + "@example.org";
        Receipt receipt = callback("040 " + (1000000 + Math.floorMod(UUID.randomUUID().hashCode(), 8999999)), email, null);

        MimeMessage mail = SentMail.to(mailServer, email, 1).get(0);
        assertThat(mail.getSubject()).contains(receipt.reference().value(), "rufen Sie an");
        assertThat(SentMail.plainText(mail)).contains("spätestens", "/status/" + receipt.secret().value());
    }

    @Test
    void a_callback_from_a_landline_without_e_mail_gets_no_written_notice() throws Exception {
        String landline = "040 " + (1000000 + Math.floorMod(UUID.randomUUID().hashCode(), 8999999));
        Receipt receipt = callback(landline, null, null);
        String mobile = mobile();
        Receipt later = callback(mobile, null, null);

        sentTo(e164(mobile), 1); // the later request's notice has gone out, so the earlier one's would have too
        synchronized (FakeSmsGateway.SENT) {
            assertThat(FakeSmsGateway.SENT).noneMatch(sent -> sent.message().contains(receipt.reference().value()));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM channel_delivery d JOIN concern c ON c.id = d.concern_id WHERE c.reference = ?")
                .param(receipt.reference().value()).query(Long.class).single()).isZero();
        assertThat(later).isNotNull();
    }
}
