package de.lotse.channels.sms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;


import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import de.lotse.channels.Channel;
import de.lotse.channels.MessengerIntake;
import de.lotse.channels.WebhookSignatures;

/**
 * Incoming SMS from the gateway ({@code POST /api/channels/sms}, JSON {@code id}, {@code from}, {@code text}, signed
 * with {@code X-Lotse-Signature: sha256=<HMAC of the body under lotse.channels.sms.webhook-secret>}). A concern whose
 * citizen chose SMS has their number connected from the start (see {@code ReplyDelivery}), so that what they text back
 * joins it.
 */
@RestController
class SmsWebhook {

    private final Environment environment;
    private final MessengerIntake messengers;
    private final ObjectMapper json = JsonMapper.builder().build();

    SmsWebhook(Environment environment, MessengerIntake messengers) {
        this.environment = environment;
        this.messengers = messengers;
    }

    @PostMapping("/api/channels/sms")
    ResponseEntity<Void> incoming(@RequestHeader(name = "X-Lotse-Signature", required = false) String signature,
            @RequestBody byte[] body) {
        String secret = environment.getProperty("lotse.channels.sms.webhook-secret", "");
        if (secret.isBlank()) {
            return ResponseEntity.notFound().build();
        }
        if (!WebhookSignatures.valid(secret, body, signature)) {
            return ResponseEntity.status(401).build();
        }
        JsonNode sms;
        try {
            sms = json.readTree(body);
        } catch (JacksonException notJson) {
            return ResponseEntity.badRequest().build();
        }
        String id = sms.path("id").asString("");
        String from = sms.path("from").asString("").replaceAll("[^+0-9]", "");
        if (id.isEmpty() || from.isEmpty()) {
            return ResponseEntity.badRequest().build();
        }
        messengers.take(new MessengerIntake.ChatMessage(Channel.SMS, id, from, sms.path("text").asString(""),
                Optional.empty(), Optional.empty(), body));
        return ResponseEntity.ok().build();
    }
}
