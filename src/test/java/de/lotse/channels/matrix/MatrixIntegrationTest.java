package de.lotse.channels.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import de.lotse.Eventually;
import de.lotse.IntegrationTest;
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

/** Matrix (BundesMessenger) as an application service of a fake homeserver that follows the spec. */
@IntegrationTest
class MatrixIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired ConcernIntake intake;
    @Autowired CitizenAccess citizens;
    @Autowired CaseWork caseWork;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private int transaction(String events, String token) throws Exception {
        return mvc.perform(put("/api/channels/matrix/_matrix/app/v1/transactions/" + UUID.randomUUID())
                .contentType("application/json").content("{\"events\":[" + events + "]}")
                .header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus();
    }

    private static String message(String room, String text) {
        return "{\"type\":\"m.room.message\",\"room_id\":\"" + room + "\",\"sender\":\"@buerger:matrix.example\","
                + "\"event_id\":\"$" + UUID.randomUUID() + "\",\"origin_server_ts\":1764150000000,"
                + "\"content\":{\"msgtype\":\"m.text\",\"body\":\"" + text + "\"}}";
    }

    private List<FakeMatrixHomeserver.Sent> sentTo(String room, int atLeast) throws InterruptedException {
        return Eventually.atLeast(atLeast, () -> {
            synchronized (FakeMatrixHomeserver.SENT) {
                return FakeMatrixHomeserver.SENT.stream().filter(sent -> sent.room().equals(room)).toList();
            }
        });
    }

    private StaffMember agent() {
        return new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "mitte");
    }

    @Test
    void the_bot_joins_when_invited_and_refuses_a_homeserver_without_the_token() throws Exception {
        String room = "!" + UUID.randomUUID() + ":matrix.example";
        String invite = "{\"type\":\"m.room.member\",\"room_id\":\"" + room + "\",\"sender\":\"@buerger:matrix.example\","
                + "\"state_key\":\"@lotse:jobcenter.test\",\"event_id\":\"$i\",\"content\":{\"membership\":\"invite\"}}";

        assertThat(transaction(invite, "falsch")).isEqualTo(403);
        assertThat(FakeMatrixHomeserver.JOINED).doesNotContain(room);
        assertThat(transaction(invite, "test-hs-token")).isEqualTo(200);
        assertThat(FakeMatrixHomeserver.JOINED).contains(room);
    }

    @Test
    void a_room_connected_with_the_start_text_gets_replies_and_adds_messages() throws Exception {
        Receipt receipt = intake.submit(new ConcernDraft("QUESTION", null, null, "Frage zum Bürgergeld", null, null, null,
                "20095", false, "NONE", null, null, "de", false), Optional.of(UUID.randomUUID().toString()));
        String token = citizens.open(receipt.secret().value(), "test", "test").replyToken();
        String page = mvc.perform(get("/status/" + receipt.secret().value())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("https://matrix.to/#/@lotse:jobcenter.test", "START " + token);
        String room = "!" + UUID.randomUUID() + ":matrix.example";
        String reference = receipt.reference().value();

        assertThat(transaction(message(room, "START " + token), "test-hs-token")).isEqualTo(200);
        assertThat(sentTo(room, 1).get(0).body()).contains("verbunden", reference);

        caseWork.reply(agent(), reference, caseWork.open(agent(), reference).version(), "Ihr Antrag ist bewilligt.");
        FakeMatrixHomeserver.Sent reply = sentTo(room, 2).get(1);
        assertThat(reply.body()).contains("Ihr Antrag ist bewilligt.");

        String answer = message(room, "Vielen Dank!");
        transaction(answer, "test-hs-token");
        transaction(answer, "test-hs-token");
        assertThat(caseWork.open(agent(), reference).timeline()).filteredOn(e -> e.type() == TimelineEntry.Type.CITIZEN_MESSAGE)
                .singleElement().satisfies(entry -> assertThat(entry.body()).contains("Vielen Dank!"));
    }

    @Test
    void an_image_in_a_room_is_fetched_from_the_homeserver_and_kept_with_its_caption() throws Exception {
        String room = "!" + UUID.randomUUID() + ":matrix.example";
        String mediaId = "Bild" + UUID.randomUUID().toString().replace("-", "");
        FakeMatrixHomeserver.MEDIA.put("matrix.example/" + mediaId,
                new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 });
        String image = "{\"type\":\"m.room.message\",\"room_id\":\"" + room + "\",\"sender\":\"@buerger:matrix.example\","
                + "\"event_id\":\"$" + UUID.randomUUID() + "\",\"origin_server_ts\":1764150000000,"
                + "\"content\":{\"msgtype\":\"m.image\",\"body\":\"Die Nebenkostenabrechnung, bitte ansehen\","
                + "\"filename\":\"abrechnung.png\",\"url\":\"mxc://matrix.example/" + mediaId + "\","
                + "\"info\":{\"mimetype\":\"image/png\",\"size\":10}}}";

        assertThat(transaction(image, "test-hs-token")).isEqualTo(200);

        List<String> kept = jdbc.sql("""
                SELECT a.filename || ' ' || a.content_type || ' ' || a.outcome FROM channel_attachment a
                  JOIN channel_binding b ON b.concern_id = a.concern_id WHERE b.channel = 'MATRIX' AND b.address = ?""")
                .param(room).query(String.class).list();
        assertThat(kept).containsExactly("abrechnung.png image/png KEPT");
        String description = jdbc.sql("""
                SELECT k.description FROM concern k JOIN channel_binding b ON b.concern_id = k.id
                 WHERE b.channel = 'MATRIX' AND b.address = ?""").param(room).query(String.class).single();
        assertThat(description).isEqualTo("Die Nebenkostenabrechnung, bitte ansehen");
    }
}
