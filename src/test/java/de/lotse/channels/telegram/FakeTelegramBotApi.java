package de.lotse.channels.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * A local stand-in for Telegram's Bot API {@code sendMessage}, as documented at core.telegram.org/bots/api: a JSON
 * body with {@code chat_id} and {@code text}; {"ok":true,"result":{message_id,…}}, or {"ok":false,"error_code",
 * "description","parameters":{"retry_after"}} for errors. Tests queue the errors to answer next.
 */
@RestController
public class FakeTelegramBotApi {

    public record Sent(String token, String chatId, String text) {
    }

    static final List<Sent> SENT = java.util.Collections.synchronizedList(new ArrayList<>());
    static final ConcurrentLinkedQueue<Integer> NEXT_ERRORS = new ConcurrentLinkedQueue<>();
    private static final AtomicLong MESSAGE_IDS = new AtomicLong(1000);

    @PostMapping("/api/fake-telegram/bot{token}/sendMessage")
    ResponseEntity<String> sendMessage(@PathVariable String token, @RequestBody JsonNode body) {
        Integer error = NEXT_ERRORS.poll();
        if (error != null) {
            String description = error == 429 ? "Too Many Requests: retry after 3" : "Forbidden: bot was blocked by the user";
            String parameters = error == 429 ? ",\"parameters\":{\"retry_after\":3}" : "";
            return ResponseEntity.status(error).header("Content-Type", "application/json")
                    .body("{\"ok\":false,\"error_code\":" + error + ",\"description\":\"" + description + "\"" + parameters + "}");
        }
        if (!body.has("chat_id") || !body.has("text")) {
            return ResponseEntity.badRequest().body("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: message text is empty\"}");
        }
        SENT.add(new Sent(token, body.path("chat_id").asString(), body.path("text").asString()));
        return ResponseEntity.ok().header("Content-Type", "application/json")
                .body("{\"ok\":true,\"result\":{\"message_id\":" + MESSAGE_IDS.incrementAndGet() + ",\"chat\":{\"id\":"
                        + body.path("chat_id").asString() + "},\"text\":\"…\"}}");
    }
}
