package de.lotse.channels.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import de.lotse.Eventually;
import de.lotse.IntegrationTest;
import de.lotse.concerns.CaseWork;
import de.lotse.concerns.CitizenAccess;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernIntake;
import de.lotse.concerns.Receipt;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/** WhatsApp as the citizen uses it, against a fake of the Cloud API that follows its documented contract. */
@IntegrationTest
class WhatsAppIntegrationTest {

    private static final AtomicLong NUMBERS = new AtomicLong(491700000000L + System.currentTimeMillis() % 100000000L);

    @Autowired MockMvc mvc;
    @Autowired ConcernIntake intake;
    @Autowired CitizenAccess citizens;
    @Autowired CaseWork caseWork;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired JdbcClient jdbc;

    private static String signed(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("test-app-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String messageFrom(String number, String text) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\","
                + "\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"49401234567\","
                + "\"phone_number_id\":\"106540352242922\"},\"contacts\":[{\"profile\":{\"name\":\"Olena\"},\"wa_id\":\""
                + number + "\"}],\"messages\":[{\"from\":\"" + number + "\",\"id\":\"wamid.IN" + UUID.randomUUID()
                + "\",\"timestamp\":\"1764150000\",\"type\":\"text\",\"text\":{\"body\":\"" + text + "\"}}]}}]}]}";
    }

    private static String statusOf(String wamid, String state) {
        return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\","
                + "\"value\":{\"messaging_product\":\"whatsapp\",\"statuses\":[{\"id\":\"" + wamid + "\",\"status\":\""
                + state + "\",\"timestamp\":\"1764150100\",\"recipient_id\":\"49170\"}]}}]}]}";
    }

    private int notify(String body, String signature) throws Exception {
        var request = post("/api/channels/whatsapp").contentType("application/json").content(body);
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private List<FakeWhatsAppCloudApi.Sent> sentTo(String number, int atLeast) throws InterruptedException {
        return Eventually.atLeast(atLeast, () -> {
            synchronized (FakeWhatsAppCloudApi.SENT) {
                return FakeWhatsAppCloudApi.SENT.stream().filter(sent -> sent.to().equals(number)).toList();
            }
        });
    }

    private StaffMember agent() {
        return new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "mitte");
    }

    @Test
    void the_subscription_check_answers_the_challenge_only_with_the_verify_token() throws Exception {
        mvc.perform(get("/api/channels/whatsapp").param("hub.mode", "subscribe").param("hub.verify_token", "test-verify-token")
                .param("hub.challenge", "1158201444")).andExpect(status().isOk()).andExpect(content().string("1158201444"));
        mvc.perform(get("/api/channels/whatsapp").param("hub.mode", "subscribe").param("hub.verify_token", "falsch")
                .param("hub.challenge", "1")).andExpect(status().isForbidden());
    }

    @Test
    void unsigned_or_wrongly_signed_notifications_are_refused() throws Exception {
        String number = String.valueOf(NUMBERS.incrementAndGet());
        String body = messageFrom(number, "Hallo");
        assertThat(notify(body, null)).isEqualTo(401);
        assertThat(notify(body, signed(body + " "))).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM channel_binding WHERE address = ?").param(number).query(Long.class)
                .single()).isZero();
    }

    @Test
    void a_new_number_starts_a_concern_once_and_is_acknowledged_there() throws Exception {
        String number = String.valueOf(NUMBERS.incrementAndGet());
        String body = messageFrom(number, "Meine Miete wurde nicht überwiesen.");

        assertThat(notify(body, signed(body))).isEqualTo(200);
        assertThat(notify(body, signed(body))).as("sent again by WhatsApp").isEqualTo(200);

        List<String> references = jdbc.sql("""
                SELECT k.reference FROM channel_binding b JOIN concern k ON k.id = b.concern_id
                 WHERE b.channel = 'WHATSAPP' AND b.address = ?""").param(number).query(String.class).list();
        assertThat(references).hasSize(1);
        assertThat(caseWork.open(agent(), references.get(0)).content().name()).contains("Olena");
        FakeWhatsAppCloudApi.Sent ack = sentTo(number, 1).get(0);
        assertThat(ack.phoneNumberId()).isEqualTo("106540352242922");
        assertThat(ack.text()).contains(references.get(0), "/status/");
    }

    @Test
    void a_reply_reports_delivered_and_read_and_a_closed_window_fails_with_the_reason() throws Exception {
        Receipt receipt = intake.submit(new ConcernDraft("QUESTION", null, null, "Frage", null, null, null, "20095", false,
                "NONE", null, null, "de", false), Optional.of(UUID.randomUUID().toString()));
        String token = citizens.open(receipt.secret().value(), "test", "test").replyToken();
        String page = mvc.perform(get("/status/" + receipt.secret().value())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("https://wa.me/49401234567?text=START%20" + token);
        String number = String.valueOf(NUMBERS.incrementAndGet());
        String start = messageFrom(number, "START " + token);
        notify(start, signed(start));
        sentTo(number, 1);
        String reference = receipt.reference().value();

        caseWork.reply(agent(), reference, caseWork.open(agent(), reference).version(), "Die Zahlung ist unterwegs.");
        FakeWhatsAppCloudApi.Sent reply = sentTo(number, 2).get(1);
        assertThat(reply.text()).contains("Die Zahlung ist unterwegs.");
        for (String state : new String[] { "delivered", "read", "delivered" }) {
            String report = statusOf(reply.wamid(), state);
            assertThat(notify(report, signed(report))).isEqualTo(200);
        }
        assertThat(jdbc.sql("SELECT status FROM channel_delivery WHERE provider_id = ?").param(reply.wamid())
                .query(String.class).single()).as("read stays read").isEqualTo("READ");

        FakeWhatsAppCloudApi.NEXT_ERRORS.add(131047);
        caseWork.reply(agent(), reference, caseWork.open(agent(), reference).version(), "Noch eine Antwort.");
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String failed = "";
        while (System.nanoTime() < deadline && !failed.startsWith("FAILED")) {
            failed = jdbc.sql("""
                    SELECT d.status || ':' || coalesce(d.last_error, '') FROM channel_delivery d JOIN concern k ON k.id = d.concern_id
                     WHERE k.reference = ? AND d.channel = 'WHATSAPP' ORDER BY d.position DESC LIMIT 1""")
                    .param(reference).query(String.class).single();
            Thread.sleep(100);
        }
        assertThat(failed).startsWith("FAILED:WhatsApp 400 (131047)");
    }

    @Test
    void a_document_sent_by_whatsapp_is_fetched_with_the_token_and_kept_on_the_concern() throws Exception {
        String number = String.valueOf(NUMBERS.incrementAndGet());
        String mediaId = "media" + number;
        FakeWhatsAppCloudApi.MEDIA.put(mediaId, "%PDF-1.4\n%Bescheid".getBytes(StandardCharsets.US_ASCII));
        String body = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\","
                + "\"value\":{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"profile\":{\"name\":\"Olena\"},\"wa_id\":\""
                + number + "\"}],\"messages\":[{\"from\":\"" + number + "\",\"id\":\"wamid.IN" + UUID.randomUUID()
                + "\",\"timestamp\":\"1764150000\",\"type\":\"document\",\"document\":{\"caption\":\"Mein Bescheid vom Oktober,"
                + " bitte prüfen\",\"filename\":\"Bescheid.pdf\",\"mime_type\":\"application/pdf\",\"sha256\":\"x\",\"id\":\""
                + mediaId + "\"}}]}}]}]}";

        assertThat(notify(body, signed(body))).isEqualTo(200);
        assertThat(notify(body, signed(body))).as("sent again").isEqualTo(200);

        String reference = jdbc.sql("""
                SELECT k.reference FROM channel_binding b JOIN concern k ON k.id = b.concern_id
                 WHERE b.channel = 'WHATSAPP' AND b.address = ?""").param(number).query(String.class).single();
        assertThat(caseWork.open(agent(), reference).content().description()).isEqualTo("Mein Bescheid vom Oktober, bitte prüfen");
        assertThat(jdbc.sql("""
                SELECT a.filename || ' ' || a.content_type || ' ' || a.outcome FROM channel_attachment a
                  JOIN concern k ON k.id = a.concern_id WHERE k.reference = ?""").param(reference).query(String.class).list())
                .containsExactly("Bescheid.pdf application/pdf KEPT");
    }
}
