package de.lotse.channels.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

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
import de.lotse.concerns.TimelineEntry;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/** Telegram as the citizen uses it, against a fake of the Bot API that follows its documented contract. */
@IntegrationTest
class TelegramIntegrationTest {

    private static final AtomicLong UPDATES = new AtomicLong(System.currentTimeMillis());

    @Autowired MockMvc mvc;
    @Autowired ConcernIntake intake;
    @Autowired CitizenAccess citizens;
    @Autowired CaseWork caseWork;
    @Autowired StaffAccounts accounts;
    @Autowired Sites sites;
    @Autowired CurrentJobcenter jobcenter;
    @Autowired JdbcClient jdbc;
    @Autowired org.springframework.context.MessageSource messages;

    private int update(long updateId, long chat, String text, String secret) throws Exception {
        String body = "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":7,\"date\":1764150000,"
                + "\"from\":{\"id\":" + chat + ",\"is_bot\":false,\"first_name\":\"Ayşe\",\"language_code\":\"de\"},"
                + "\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},\"text\":\"" + text + "\"}}";
        var request = post("/api/channels/telegram").contentType("application/json").content(body);
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private List<FakeTelegramBotApi.Sent> sentTo(long chat, int atLeast) throws InterruptedException {
        return Eventually.atLeast(atLeast, () -> {
            synchronized (FakeTelegramBotApi.SENT) {
                return FakeTelegramBotApi.SENT.stream().filter(sent -> sent.chatId().equals(String.valueOf(chat))).toList();
            }
        });
    }

    private StaffMember agent() {
        return new StaffFixtures(accounts, sites, jobcenter).member(StaffRole.AGENT, "mitte");
    }

    @Test
    void updates_without_the_webhook_secret_are_refused() throws Exception {
        long chat = UPDATES.incrementAndGet();
        assertThat(update(UPDATES.incrementAndGet(), chat, "Hallo", null)).isEqualTo(401);
        assertThat(update(UPDATES.incrementAndGet(), chat, "Hallo", "falsch")).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM channel_binding WHERE address = ?").param(String.valueOf(chat))
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_new_chat_starts_a_concern_once_and_is_told_its_reference_and_status_link() throws Exception {
        long chat = UPDATES.incrementAndGet();
        long updateId = UPDATES.incrementAndGet();

        assertThat(update(updateId, chat, "Mein Geld ist nicht gekommen. Was kann ich tun?", "test-webhook-secret")).isEqualTo(200);
        assertThat(update(updateId, chat, "Mein Geld ist nicht gekommen. Was kann ich tun?", "test-webhook-secret"))
                .as("Telegram sending the same update again").isEqualTo(200);

        List<String> references = jdbc.sql("""
                SELECT k.reference FROM channel_binding b JOIN concern k ON k.id = b.concern_id
                 WHERE b.channel = 'TELEGRAM' AND b.address = ?""").param(String.valueOf(chat)).query(String.class).list();
        assertThat(references).hasSize(1);
        var concern = caseWork.open(agent(), references.get(0));
        assertThat(concern.content().description()).isEqualTo("Mein Geld ist nicht gekommen. Was kann ich tun?");
        assertThat(concern.content().name()).contains("Ayşe");
        FakeTelegramBotApi.Sent ack = sentTo(chat, 1).get(0);
        assertThat(ack.token()).isEqualTo("123456:TEST-TOKEN");
        assertThat(ack.text()).contains(references.get(0), "/status/");
    }

    @Test
    void the_status_page_link_connects_a_chat_that_then_gets_replies_and_adds_messages() throws Exception {
        Receipt receipt = intake.submit(new ConcernDraft("QUESTION", null, null, "Frage zur Miete", null, null, null,
                "20095", false, "NONE", null, null, "de", false), Optional.of(UUID.randomUUID().toString()));
        String page = mvc.perform(get("/status/" + receipt.secret().value())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        String token = citizens.open(receipt.secret().value(), "test", "test").replyToken();
        assertThat(page).contains("https://t.me/LotseTestBot?start=" + token, "Antworten auch über Telegram bekommen");
        long chat = UPDATES.incrementAndGet();

        assertThat(update(UPDATES.incrementAndGet(), chat, "/start " + token, "test-webhook-secret")).isEqualTo(200);
        assertThat(sentTo(chat, 1).get(0).text()).contains("verbunden", receipt.reference().value());

        String reference = receipt.reference().value();
        caseWork.reply(agent(), reference, caseWork.open(agent(), reference).version(), "Die Miete wird übernommen.");
        assertThat(sentTo(chat, 2).get(1).text()).contains(reference, "Die Miete wird übernommen.");

        update(UPDATES.incrementAndGet(), chat, "Danke!", "test-webhook-secret");
        assertThat(caseWork.open(agent(), reference).timeline()).filteredOn(e -> e.type() == TimelineEntry.Type.CITIZEN_MESSAGE)
                .singleElement().satisfies(entry -> assertThat(entry.body()).contains("Danke!"));
    }

    @Test
    void a_rate_limit_is_tried_again_and_a_blocked_bot_fails_for_good() throws Exception {
        Receipt receipt = intake.submit(new ConcernDraft("QUESTION", null, null, "Frage", null, null, null, "20095", false,
                "NONE", null, null, "de", false), Optional.of(UUID.randomUUID().toString()));
        String token = citizens.open(receipt.secret().value(), "test", "test").replyToken();
        long chat = UPDATES.incrementAndGet();
        update(UPDATES.incrementAndGet(), chat, "/start " + token, "test-webhook-secret");
        sentTo(chat, 1);
        String reference = receipt.reference().value();

        FakeTelegramBotApi.NEXT_ERRORS.add(429);
        caseWork.reply(agent(), reference, caseWork.open(agent(), reference).version(), "Erste Antwort");
        FakeTelegramBotApi.NEXT_ERRORS.add(403);
        caseWork.reply(agent(), reference, caseWork.open(agent(), reference).version(), "Zweite Antwort");

        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<String> states = List.of();
        while (System.nanoTime() < deadline) {
            states = jdbc.sql("""
                    SELECT d.status || ':' || coalesce(d.last_error, '') FROM channel_delivery d JOIN concern k ON k.id = d.concern_id
                     WHERE k.reference = ? AND d.channel = 'TELEGRAM' AND d.position > 1 ORDER BY d.position""")
                    .param(reference).query(String.class).list();
            if (states.size() == 2 && states.stream().noneMatch(state -> state.equals("QUEUED:"))) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(states).hasSize(2);
        assertThat(states).anySatisfy(state -> assertThat(state).startsWith("QUEUED:Telegram 429").contains("retry after 3"));
        assertThat(states).anySatisfy(state -> assertThat(state).startsWith("FAILED:Telegram 403").contains("blocked"));
    }

    @Test
    void a_missed_callback_is_told_in_the_connected_chat() throws Exception {
        Receipt receipt = intake.submit(new ConcernDraft("CALLBACK_REQUEST", null, null, "Bitte anrufen", null, null, null,
                "20095", false, "PHONE", null, "040 1234567", "de", false), Optional.of(UUID.randomUUID().toString()));
        String token = citizens.open(receipt.secret().value(), "test", "test").replyToken();
        long chat = UPDATES.incrementAndGet();
        update(UPDATES.incrementAndGet(), chat, "/start " + token, "test-webhook-secret");
        sentTo(chat, 1);
        String reference = receipt.reference().value();

        caseWork.recordCall(agent(), reference, caseWork.open(agent(), reference).version(),
                de.lotse.concerns.CallOutcome.NOT_REACHED, "1", "");

        // The written confirmation of the request may reach the chat too, if it was connected in time.
        List<String> told = Eventually.atLeast(1, () -> {
            synchronized (FakeTelegramBotApi.SENT) {
                return FakeTelegramBotApi.SENT.stream().filter(sent -> sent.chatId().equals(String.valueOf(chat)))
                        .map(FakeTelegramBotApi.Sent::text).filter(text -> text.contains("nicht erreicht")).toList();
            }
        });
        assertThat(told).singleElement().satisfies(text -> assertThat(text).contains(reference, "noch einmal"));
    }

    private int mediaUpdate(long updateId, long chat, String media) throws Exception {
        String body = "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":8,\"date\":1764150000,"
                + "\"from\":{\"id\":" + chat + ",\"is_bot\":false,\"first_name\":\"Ayşe\",\"language_code\":\"de\"},"
                + "\"chat\":{\"id\":" + chat + ",\"type\":\"private\"}," + media + "}}";
        return mvc.perform(post("/api/channels/telegram").contentType("application/json").content(body)
                .header("X-Telegram-Bot-Api-Secret-Token", "test-webhook-secret")).andReturn().getResponse().getStatus();
    }

    private List<String> attachmentsOf(String reference) {
        return jdbc.sql("""
                SELECT a.filename || ' ' || coalesce(a.content_type, '-') || ' ' || a.outcome || ' ' || a.position
                  FROM channel_attachment a JOIN concern k ON k.id = a.concern_id WHERE k.reference = ?
                 ORDER BY a.position, a.filename""").param(reference).query(String.class).list();
    }

    @Test
    void a_photo_of_a_letter_with_a_caption_starts_a_concern_with_the_photo_kept_for_staff() throws Exception {
        long chat = UPDATES.incrementAndGet();
        String small = "small-" + chat;
        String large = "large-" + chat;
        FakeTelegramBotApi.FILES.put(small, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1 });
        FakeTelegramBotApi.FILES.put(large, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3 });

        assertThat(mediaUpdate(UPDATES.incrementAndGet(), chat, "\"caption\":\"Das ist der Bescheid, ich verstehe ihn nicht.\","
                + "\"photo\":[{\"file_id\":\"" + small + "\",\"file_size\":5,\"width\":90,\"height\":60},"
                + "{\"file_id\":\"" + large + "\",\"file_size\":7,\"width\":1280,\"height\":960}]")).isEqualTo(200);

        String reference = jdbc.sql("""
                SELECT k.reference FROM channel_binding b JOIN concern k ON k.id = b.concern_id
                 WHERE b.channel = 'TELEGRAM' AND b.address = ?""").param(String.valueOf(chat)).query(String.class).single();
        assertThat(caseWork.open(agent(), reference).content().description())
                .isEqualTo("Das ist der Bescheid, ich verstehe ihn nicht.");
        assertThat(attachmentsOf(reference)).containsExactly("foto.jpg image/jpeg KEPT 1");
        assertThat(jdbc.sql("SELECT size FROM channel_attachment a JOIN concern k ON k.id = a.concern_id WHERE k.reference = ?")
                .param(reference).query(Long.class).single()).as("the largest size of the photo").isEqualTo(7);
    }

    @Test
    void a_document_telegram_cannot_hand_over_yet_makes_the_update_come_again_and_it_is_then_taken_once()
            throws Exception {
        long chat = UPDATES.incrementAndGet();
        long first = UPDATES.incrementAndGet();
        assertThat(update(first, chat, "Ich schicke Ihnen gleich den Mietvertrag.", "test-webhook-secret")).isEqualTo(200);
        String reference = jdbc.sql("""
                SELECT k.reference FROM channel_binding b JOIN concern k ON k.id = b.concern_id
                 WHERE b.channel = 'TELEGRAM' AND b.address = ?""").param(String.valueOf(chat)).query(String.class).single();
        String fileId = "doc-" + chat;
        FakeTelegramBotApi.FILES.put(fileId, "%PDF-1.7\n%Mietvertrag".getBytes(StandardCharsets.US_ASCII));
        FakeTelegramBotApi.NEXT_FILE_ERRORS.add(502);
        long second = UPDATES.incrementAndGet();
        String document = "\"document\":{\"file_id\":\"" + fileId + "\",\"file_name\":\"../Mietvertrag 2026.pdf\","
                + "\"mime_type\":\"application/pdf\",\"file_size\":21}";

        assertThat(mediaUpdate(second, chat, document)).as("Telegram's file server failing").isEqualTo(503);
        assertThat(attachmentsOf(reference)).isEmpty();
        assertThat(mediaUpdate(second, chat, document)).isEqualTo(200);
        assertThat(mediaUpdate(second, chat, document)).as("delivered once more").isEqualTo(200);

        assertThat(attachmentsOf(reference)).containsExactly("Mietvertrag 2026.pdf application/pdf KEPT 2");
        assertThat(caseWork.open(agent(), reference).timeline()).filteredOn(e -> e.type() == TimelineEntry.Type.CITIZEN_MESSAGE)
                .singleElement().satisfies(entry -> assertThat(entry.body()).contains("(Datei ohne Text geschickt)"));
    }

    @Test
    void a_file_bigger_than_lotse_keeps_is_listed_as_too_big_without_being_fetched() throws Exception {
        long chat = UPDATES.incrementAndGet();
        assertThat(mediaUpdate(UPDATES.incrementAndGet(), chat, "\"caption\":\"Hier ist das Video von der Wohnung.\","
                + "\"video\":{\"file_id\":\"never-fetched-" + chat + "\",\"file_name\":\"wohnung.mp4\","
                + "\"mime_type\":\"video/mp4\",\"file_size\":19000000}")).isEqualTo(200);

        String reference = jdbc.sql("""
                SELECT k.reference FROM channel_binding b JOIN concern k ON k.id = b.concern_id
                 WHERE b.channel = 'TELEGRAM' AND b.address = ?""").param(String.valueOf(chat)).query(String.class).single();
        assertThat(attachmentsOf(reference)).containsExactly("wohnung.mp4 - TOO_BIG 1");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(value = de.lotse.language.Language.class, names = { "UKRAINIAN", "RUSSIAN", "ARABIC", "DARI_FARSI", "TURKISH", "ENGLISH" })
    void a_telegram_message_is_acknowledged_in_the_language_of_the_app(de.lotse.language.Language language) throws Exception {
        long chat = UPDATES.incrementAndGet();
        // Too short to tell its language by itself: the app's language decides.
        String body = "{\"update_id\":" + UPDATES.incrementAndGet() + ",\"message\":{\"message_id\":7,\"date\":1764150000,"
                + "\"from\":{\"id\":" + chat + ",\"is_bot\":false,\"first_name\":\"Test\",\"language_code\":\""
                + language.code() + "\"},\"chat\":{\"id\":" + chat + ",\"type\":\"private\"},\"text\":\"Hilfe 123\"}}";
        mvc.perform(post("/api/channels/telegram")
                .contentType("application/json").content(body).header("X-Telegram-Bot-Api-Secret-Token", "test-webhook-secret"))
                .andReturn();

        String ack = Eventually.atLeast(1, () -> {
            synchronized (FakeTelegramBotApi.SENT) {
                return FakeTelegramBotApi.SENT.stream().filter(sent -> sent.chatId().equals(String.valueOf(chat))).toList();
            }
        }).get(0).text();
        String expectedStart = messages.getMessage("telegram.ack", new Object[] { "", "" }, language.locale()).lines().findFirst().orElseThrow();
        assertThat(ack).startsWith(expectedStart.substring(0, Math.min(20, expectedStart.length())))
                .doesNotContain("— English —");
    }
}
