package de.lotse.channels.whatsapp;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;


import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import de.lotse.channels.Attachments;
import de.lotse.channels.Channel;
import de.lotse.channels.FileDownload;
import de.lotse.channels.Deliveries;
import de.lotse.channels.DeliveryStatus;
import de.lotse.channels.MessengerIntake;
import de.lotse.channels.WebhookSignatures;

/**
 * WhatsApp Cloud API webhooks. The subscription check (GET with {@code hub.verify_token}) answers the challenge; every
 * notification (POST) must carry {@code X-Hub-Signature-256}, the HMAC-SHA256 of the body under the app secret, or it
 * is refused. Text messages are taken in like every messenger's (once, by their wamid); status reports move our
 * deliveries to delivered, read or failed.
 */
@RestController
class WhatsAppWebhook {

    private final Environment environment;
    /** Message types that carry a file (stickers are left out: decoration, not documents). */
    private static final Set<String> MEDIA = Set.of("image", "document", "audio", "video");

    private final MessengerIntake messengers;
    private final WhatsAppGateway gateway;
    private final Deliveries deliveries;
    private final Clock clock;
    private final ObjectMapper json = JsonMapper.builder().build();

    WhatsAppWebhook(Environment environment, MessengerIntake messengers, Deliveries deliveries, Clock clock,
            WhatsAppGateway gateway) {
        this.gateway = gateway;
        this.environment = environment;
        this.messengers = messengers;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @GetMapping("/api/channels/whatsapp")
    ResponseEntity<String> verify(@RequestParam(name = "hub.mode", required = false) String mode,
            @RequestParam(name = "hub.verify_token", required = false) String token,
            @RequestParam(name = "hub.challenge", required = false) String challenge) {
        String expected = environment.getProperty("lotse.channels.whatsapp.verify-token", "");
        if (expected.isBlank() || !"subscribe".equals(mode) || token == null
                || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(403).build();
        }
        return ResponseEntity.ok().header("Content-Type", "text/plain").body(challenge == null ? "" : challenge);
    }

    @PostMapping("/api/channels/whatsapp")
    ResponseEntity<Void> notification(@RequestHeader(name = "X-Hub-Signature-256", required = false) String signature,
            @RequestBody byte[] body) {
        String secret = environment.getProperty("lotse.channels.whatsapp.app-secret", "");
        if (secret.isBlank()) {
            return ResponseEntity.notFound().build();
        }
        if (!WebhookSignatures.valid(secret, body, signature)) {
            return ResponseEntity.status(401).build();
        }
        JsonNode notification;
        try {
            notification = json.readTree(body);
        } catch (JacksonException notJson) {
            return ResponseEntity.badRequest().build();
        }
        for (JsonNode entry : notification.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                JsonNode value = change.path("value");
                String name = value.path("contacts").path(0).path("profile").path("name").asString("");
                for (JsonNode message : value.path("messages")) {
                    String from = message.path("from").asString("");
                    String id = message.path("id").asString("");
                    if (from.isEmpty() || id.isEmpty()) {
                        continue;
                    }
                    if (messengers.seen(Channel.WHATSAPP, id)) {
                        continue;
                    }
                    String type = message.path("type").asString("");
                    JsonNode media = message.path(type);
                    List<Attachments.Incoming> files = new ArrayList<>();
                    if (MEDIA.contains(type) && !media.path("id").asString("").isEmpty()) {
                        try {
                            gateway.download(media.path("id").asString(""), media.path("filename").asString(type),
                                    Optional.ofNullable(media.path("mime_type").asString(null))).ifPresent(files::add);
                        } catch (FileDownload.NotNow notNow) {
                            // WhatsApp sends the notification again; messages taken so far are not taken twice.
                            return ResponseEntity.status(503).build();
                        }
                    }
                    // Media carry their words as a caption.
                    String text = "text".equals(type) ? message.path("text").path("body").asString("")
                            : media.path("caption").asString("");
                    messengers.take(new MessengerIntake.ChatMessage(Channel.WHATSAPP, id, from, text, Optional.of(name),
                            Optional.empty(), message.toString().getBytes(StandardCharsets.UTF_8), files));
                }
                for (JsonNode status : value.path("statuses")) {
                    reported(status);
                }
            }
        }
        return ResponseEntity.ok().build();
    }

    private void reported(JsonNode status) {
        DeliveryStatus reported = switch (status.path("status").asString("")) {
            case "delivered" -> DeliveryStatus.DELIVERED;
            case "read" -> DeliveryStatus.READ;
            case "failed" -> DeliveryStatus.FAILED;
            default -> null;
        };
        if (reported == null) {
            return;
        }
        Optional<String> problem = Optional.of(status.path("errors").path(0))
                .filter(error -> !error.isMissingNode())
                .map(error -> "WhatsApp (" + error.path("code").asString("?") + "): " + error.path("title").asString(""));
        deliveries.reported(Channel.WHATSAPP, status.path("id").asString(""), reported, problem, clock.instant());
    }
}
