package de.lotse.channels.threema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;

import de.lotse.Eventually;
import de.lotse.IntegrationTest;
import de.lotse.channels.DueDeliveries;
import de.lotse.channels.ReplyDelivery;
import de.lotse.concerns.CaseWork;
import de.lotse.concerns.CitizenAccess;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernIntake;
import de.lotse.concerns.Receipt;
import de.lotse.concerns.TimelineEntry;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/**
 * Threema as the citizen uses it, against a fake of the Gateway API that follows its documented contract and opens
 * and seals messages as the citizen's app does.
 */
@IntegrationTest
class ThreemaIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired FakeThreemaGateway threema;
    @Autowired ConcernIntake intake;
    @Autowired CitizenAccess citizens;
    @Autowired CaseWork caseWork;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired ReplyDelivery replyDelivery;
    @Autowired JdbcClient jdbc;

    private int callback(MultiValueMap<String, String> form) throws Exception {
        return mvc.perform(post("/api/channels/threema").contentType(MediaType.APPLICATION_FORM_URLENCODED).params(form))
                .andReturn().getResponse().getStatus();
    }

    private List<FakeThreemaGateway.Sent> sentTo(FakeThreemaGateway.Citizen citizen, int atLeast)
            throws InterruptedException {
        return Eventually.atLeast(atLeast, () -> threema.sentTo(citizen));
    }

    private List<String> referencesOf(FakeThreemaGateway.Citizen citizen) {
        return jdbc.sql("""
                SELECT k.reference FROM channel_binding b JOIN concern k ON k.id = b.concern_id
                 WHERE b.channel = 'THREEMA' AND b.address = ?""").param(citizen.id()).query(String.class).list();
    }

    private StaffMember agent() {
        return new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "mitte");
    }

    /** A concern from the web form whose status page link the citizen used to connect their Threema ID. */
    private Receipt aConcernConnectedTo(FakeThreemaGateway.Citizen citizen) throws Exception {
        Receipt receipt = intake.submit(new ConcernDraft("QUESTION", null, null, "Frage zur Miete", null, null, null,
                "20095", false, "NONE", null, null, "de", false), Optional.of(UUID.randomUUID().toString()));
        String token = citizens.open(receipt.secret().value(), "test", "test").replyToken();
        assertThat(callback(threema.text(citizen, "START " + token))).isEqualTo(200);
        assertThat(sentTo(citizen, 1).get(0).text()).contains("verbunden", receipt.reference().value());
        return receipt;
    }

    /** The status of the concern's latest Threema delivery and its problem, once it satisfies the condition. */
    private String latestDelivery(String reference, Predicate<String> until) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String state = "";
        while (System.nanoTime() < deadline) {
            state = jdbc.sql("""
                    SELECT d.status || ':' || coalesce(d.last_error, '') FROM channel_delivery d
                      JOIN concern k ON k.id = d.concern_id
                     WHERE k.reference = ? AND d.channel = 'THREEMA' ORDER BY d.position DESC LIMIT 1""")
                    .param(reference).query(String.class).single();
            if (until.test(state)) {
                break;
            }
            Thread.sleep(100);
        }
        return state;
    }

    @Test
    void a_citizens_message_starts_a_concern_once_and_the_acknowledgement_arrives_sealed_for_them() throws Exception {
        FakeThreemaGateway.Citizen citizen = threema.newCitizen();
        MultiValueMap<String, String> message = threema.text(citizen, "Mein Geld ist nicht gekommen. Was kann ich tun?");

        assertThat(callback(message)).isEqualTo(200);
        assertThat(callback(message)).as("Threema delivering the same callback again").isEqualTo(200);

        List<String> references = referencesOf(citizen);
        assertThat(references).hasSize(1);
        var concern = caseWork.open(agent(), references.get(0));
        assertThat(concern.content().description()).isEqualTo("Mein Geld ist nicht gekommen. Was kann ich tun?");
        assertThat(concern.content().name()).contains("Olena");
        List<FakeThreemaGateway.Sent> sent = sentTo(citizen, 1);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).content()).isInstanceOf(ThreemaContent.Text.class);
        assertThat(sent.get(0).text()).contains(references.get(0), "/status/");
    }

    @Test
    void a_callback_with_a_wrong_mac_is_refused_and_changes_nothing() throws Exception {
        FakeThreemaGateway.Citizen citizen = threema.newCitizen();
        MultiValueMap<String, String> forged = threema.text(citizen, "Hallo");
        forged.set("mac", ThreemaCallback.mac("not-the-secret", forged.getFirst("from") + forged.getFirst("to")
                + forged.getFirst("messageId") + forged.getFirst("date") + forged.getFirst("nonce") + forged.getFirst("box")));
        MultiValueMap<String, String> altered = threema.text(citizen, "Hallo");
        altered.set("date", String.valueOf(Long.parseLong(altered.getFirst("date")) + 1));
        MultiValueMap<String, String> unsigned = threema.text(citizen, "Hallo");
        unsigned.remove("mac");

        assertThat(callback(forged)).isEqualTo(401);
        assertThat(callback(altered)).isEqualTo(401);
        assertThat(callback(unsigned)).isEqualTo(401);

        assertThat(referencesOf(citizen)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM channel_inbound WHERE channel = 'THREEMA' AND sender = ?")
                .param(citizen.id()).query(Long.class).single()).isZero();
    }

    @Test
    void the_status_page_link_connects_an_id_that_gets_replies_reports_delivered_and_read_and_adds_messages()
            throws Exception {
        Receipt receipt = intake.submit(new ConcernDraft("QUESTION", null, null, "Frage", null, null, null, "20095", false,
                "NONE", null, null, "de", false), Optional.of(UUID.randomUUID().toString()));
        String token = citizens.open(receipt.secret().value(), "test", "test").replyToken();
        String page = mvc.perform(get("/status/" + receipt.secret().value())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("https://threema.id/*LOTSE01?text=START%20" + token, "Antworten auch über Threema bekommen",
                "keine Telefonnummer", "START " + token);
        FakeThreemaGateway.Citizen citizen = threema.newCitizen();
        assertThat(callback(threema.text(citizen, "START " + token))).isEqualTo(200);
        assertThat(sentTo(citizen, 1).get(0).text()).contains("verbunden", receipt.reference().value());
        String reference = receipt.reference().value();

        caseWork.reply(agent(), reference, caseWork.open(agent(), reference).version(), "Die Zahlung ist unterwegs.");
        FakeThreemaGateway.Sent reply = sentTo(citizen, 2).get(1);
        assertThat(reply.text()).contains(reference, "Die Zahlung ist unterwegs.");
        assertThat(latestDelivery(reference, state -> state.startsWith("SENT"))).startsWith("SENT");

        assertThat(callback(threema.receipt(citizen, 1, reply.messageId()))).isEqualTo(200);
        assertThat(latestDelivery(reference, state -> true)).startsWith("DELIVERED");
        assertThat(callback(threema.receipt(citizen, 2, reply.messageId()))).isEqualTo(200);
        assertThat(callback(threema.receipt(citizen, 1, reply.messageId()))).isEqualTo(200);
        assertThat(latestDelivery(reference, state -> true)).as("read stays read").startsWith("READ");

        assertThat(callback(threema.text(citizen, "Danke!"))).isEqualTo(200);
        assertThat(caseWork.open(agent(), reference).timeline()).filteredOn(e -> e.type() == TimelineEntry.Type.CITIZEN_MESSAGE)
                .singleElement().satisfies(entry -> assertThat(entry.body()).contains("Danke!"));
    }

    @Test
    void a_rate_limit_is_tried_again_until_it_is_sent_and_a_refused_id_fails_for_good_with_the_reason() throws Exception {
        FakeThreemaGateway.Citizen citizen = threema.newCitizen();
        String reference = aConcernConnectedTo(citizen).reference().value();

        threema.failNextSendTo(citizen, 429);
        caseWork.reply(agent(), reference, caseWork.open(agent(), reference).version(), "Erste Antwort");
        assertThat(latestDelivery(reference, state -> state.contains("429"))).startsWith("QUEUED:Threema 429");
        // The pause before the next attempt is over: the delivery queue's task tries it again.
        jdbc.sql("""
                UPDATE channel_delivery SET next_attempt_at = now() - interval '1 second'
                 WHERE channel = 'THREEMA' AND status = 'QUEUED'
                   AND concern_id = (SELECT id FROM concern WHERE reference = ?)""").param(reference).update();
        DueDeliveries.tryNow(replyDelivery);
        assertThat(latestDelivery(reference, state -> state.startsWith("SENT"))).startsWith("SENT");
        assertThat(sentTo(citizen, 2).get(1).text()).contains("Erste Antwort");

        threema.failNextSendTo(citizen, 500);
        threema.failNextSendTo(citizen, 400);
        caseWork.reply(agent(), reference, caseWork.open(agent(), reference).version(), "Zweite Antwort");
        assertThat(latestDelivery(reference, state -> state.contains("500"))).startsWith("QUEUED:Threema 500");
        jdbc.sql("""
                UPDATE channel_delivery SET next_attempt_at = now() - interval '1 second'
                 WHERE channel = 'THREEMA' AND status = 'QUEUED'
                   AND concern_id = (SELECT id FROM concern WHERE reference = ?)""").param(reference).update();
        DueDeliveries.tryNow(replyDelivery);
        assertThat(latestDelivery(reference, state -> state.startsWith("FAILED"))).startsWith("FAILED:Threema 400")
                .contains("recipient ID invalid");
        assertThat(threema.sentTo(citizen)).hasSize(2);
    }

    @Test
    void a_file_is_fetched_from_the_blob_server_opened_and_kept_with_its_caption() throws Exception {
        FakeThreemaGateway.Citizen citizen = threema.newCitizen();
        byte[] pdf = "%PDF-1.7\n%Bescheid vom Oktober".getBytes(StandardCharsets.US_ASCII);

        var message = threema.file(citizen, pdf, "bescheid.pdf", "application/pdf", "Der Bescheid, bitte prüfen");
        assertThat(callback(message)).isEqualTo(200);
        assertThat(callback(message)).as("Threema calling again").isEqualTo(200);

        String reference = referencesOf(citizen).get(0);
        assertThat(caseWork.open(agent(), reference).content().description()).isEqualTo("Der Bescheid, bitte prüfen");
        assertThat(jdbc.sql("""
                SELECT a.filename || ' ' || a.content_type || ' ' || a.outcome || ' ' || a.size FROM channel_attachment a
                  JOIN concern k ON k.id = a.concern_id WHERE k.reference = ?""").param(reference).query(String.class).list())
                .containsExactly("bescheid.pdf application/pdf KEPT " + pdf.length);
    }

    @Test
    void a_picture_is_recorded_as_unreadable_and_starts_nothing() throws Exception {
        FakeThreemaGateway.Citizen citizen = threema.newCitizen();

        assertThat(callback(threema.callback(citizen, 0x02, new byte[56]))).isEqualTo(200);

        assertThat(referencesOf(citizen)).isEmpty();
        assertThat(jdbc.sql("SELECT outcome FROM channel_inbound WHERE channel = 'THREEMA' AND sender = ?")
                .param(citizen.id()).query(String.class).list()).containsExactly("UNREADABLE");
    }

    @Test
    void a_citizen_who_set_up_threema_anew_is_still_understood_and_answered() throws Exception {
        FakeThreemaGateway.Citizen citizen = threema.newCitizen();
        String reference = aConcernConnectedTo(citizen).reference().value();
        FakeThreemaGateway.Citizen anew = threema.rekeyed(citizen);

        assertThat(callback(threema.text(anew, "Neues Handy, gleiche Frage."))).isEqualTo(200);
        caseWork.reply(agent(), reference, caseWork.open(agent(), reference).version(), "Angekommen.");

        assertThat(caseWork.open(agent(), reference).timeline()).filteredOn(e -> e.type() == TimelineEntry.Type.CITIZEN_MESSAGE)
                .singleElement().satisfies(entry -> assertThat(entry.body()).contains("Neues Handy, gleiche Frage."));
        // Deliveries go out in parallel: the reply is found by its text, not by its place in the order of arrival.
        assertThat(de.lotse.Eventually.atLeast(1, () -> threema.sentTo(anew).stream()
                .filter(sent -> sent.content() instanceof de.lotse.channels.threema.ThreemaContent.Text text
                        && text.text().contains("Angekommen.")).toList())).hasSize(1);
    }
}
