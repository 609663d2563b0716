package de.lotse.channels.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import de.lotse.channels.Attachments;
import de.lotse.channels.Channel;
import de.lotse.channels.FileDownload;
import de.lotse.channels.MessengerIntake;

/**
 * Telegram's webhook (Bot API {@code setWebhook} with a {@code secret_token}): each update is checked against the
 * secret, taken in once (by its {@code update_id}; Telegram sends again until it gets 200) and answered 200.
 *
 * <p>"/start TOKEN" from the status page's link connects the chat to that concern. Text from a connected chat joins
 * its latest open concern; text from any other chat starts a concern, acknowledged in the chat with its reference and
 * status link. Only text is taken; other kinds of update are recorded and left.
 */
@RestController
class TelegramWebhook {

    private final Environment environment;
    private final MessengerIntake messengers;
    private final TelegramGateway gateway;
    private final ObjectMapper json = JsonMapper.builder().build();

    TelegramWebhook(Environment environment, MessengerIntake messengers, TelegramGateway gateway) {
        this.gateway = gateway;
        this.environment = environment;
        this.messengers = messengers;
    }

    @PostMapping("/api/channels/telegram")
    ResponseEntity<Void> update(@RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) String secret,
            @RequestBody byte[] body) {
        String expected = environment.getProperty("lotse.channels.telegram.webhook-secret", "");
        if (expected.isBlank() || environment.getProperty("lotse.channels.telegram.bot-token", "").isBlank()) {
            return ResponseEntity.notFound().build();
        }
        if (secret == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(401).build();
        }
        JsonNode update;
        try {
            update = json.readTree(body);
        } catch (tools.jackson.core.JacksonException notJson) {
            return ResponseEntity.badRequest().build();
        }
        if (!update.path("update_id").canConvertToLong()) {
            return ResponseEntity.badRequest().build();
        }
        JsonNode message = update.path("message");
        String chat = message.path("chat").path("id").asString("");
        if (chat.isEmpty()) {
            return ResponseEntity.ok().build(); // not a chat message (an edit, a channel post): nothing to take
        }
        String id = "update:" + update.path("update_id").asLong();
        if (messengers.seen(Channel.TELEGRAM, id)) {
            return ResponseEntity.ok().build();
        }
        List<Attachments.Incoming> files;
        try {
            files = files(message);
        } catch (FileDownload.NotNow notNow) {
            // Telegram delivers the update again later; the message waits for its file rather than go without it.
            return ResponseEntity.status(503).build();
        }
        // A photo or document carries its words as a caption.
        String text = message.path("text").asString(message.path("caption").asString(""));
        messengers.take(new MessengerIntake.ChatMessage(Channel.TELEGRAM, id, chat, text,
                Optional.of(message.path("from").path("first_name").asString("")),
                Optional.of(message.path("from").path("language_code").asString("de")), body, files));
        return ResponseEntity.ok().build();
    }

    /** The photo (its largest size), document or voice message the message carries, fetched from Telegram. */
    private List<Attachments.Incoming> files(JsonNode message) throws FileDownload.NotNow {
        List<Attachments.Incoming> files = new ArrayList<>();
        JsonNode photos = message.path("photo");
        if (photos.isArray() && !photos.isEmpty()) {
            JsonNode largest = photos.get(photos.size() - 1);
            gateway.download(largest.path("file_id").asString(""), "foto.jpg", Optional.of("image/jpeg"),
                    largest.path("file_size").asLong(0)).ifPresent(files::add);
        }
        for (String kind : List.of("document", "voice", "audio", "video")) {
            JsonNode file = message.path(kind);
            if (file.isObject() && !file.path("file_id").asString("").isEmpty()) {
                gateway.download(file.path("file_id").asString(""), file.path("file_name").asString(kind),
                        Optional.ofNullable(file.path("mime_type").asString(null)), file.path("file_size").asLong(0))
                        .ifPresent(files::add);
            }
        }
        return files;
    }
}
