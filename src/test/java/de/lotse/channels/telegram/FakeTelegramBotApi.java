package de.lotse.channels.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * A local stand-in for Telegram's Bot API {@code sendMessage}, as documented at core.telegram.org/bots/api: a JSON
 * body with {@code chat_id} and {@code text}; {"ok":true,"result":{message_id,…}}, or {"ok":false,"error_code",
 * "description","parameters":{"retry_after"}} for errors. Tests queue the errors to answer next. Files of incoming
 * messages: {@code getFile?file_id=} gives a {@code file_path}, fetched from {@code /file/bot<token>/<file_path>}.
 */
@RestController
public class FakeTelegramBotApi {

    public record Sent(String token, String chatId, String text) {
    }

    static final List<Sent> SENT = java.util.Collections.synchronizedList(new ArrayList<>());
    static final ConcurrentLinkedQueue<Integer> NEXT_ERRORS = new ConcurrentLinkedQueue<>();
    private static final AtomicLong MESSAGE_IDS = new AtomicLong(1000);
    /** Files the fake holds, by file_id, as a citizen's phone uploaded them. */
    static final java.util.Map<String, byte[]> FILES = new java.util.concurrent.ConcurrentHashMap<>();
    /** HTTP statuses the file download answers next (e.g. 500 while Telegram's file servers are down). */
    static final ConcurrentLinkedQueue<Integer> NEXT_FILE_ERRORS = new ConcurrentLinkedQueue<>();

    /** getFile: the file's path for the download, documented as valid for at least an hour. */
    @GetMapping("/api/fake-telegram/bot{token}/getFile")
    ResponseEntity<String> getFile(@PathVariable String token, @RequestParam("file_id") String fileId) {
        byte[] file = FILES.get(fileId);
        if (file == null) {
            return ResponseEntity.badRequest().header("Content-Type", "application/json")
                    .body("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: invalid file_id\"}");
        }
        return ResponseEntity.ok().header("Content-Type", "application/json").body("{\"ok\":true,\"result\":{\"file_id\":\""
                + fileId + "\",\"file_unique_id\":\"u" + fileId + "\",\"file_size\":" + file.length
                + ",\"file_path\":\"documents/" + fileId + "\"}}");
    }

    @GetMapping("/api/fake-telegram/file/bot{token}/documents/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable String token, @PathVariable String fileId) {
        Integer error = NEXT_FILE_ERRORS.poll();
        if (error != null) {
            return ResponseEntity.status(error).build();
        }
        byte[] file = FILES.get(fileId);
        return file == null ? ResponseEntity.notFound().build()
                : ResponseEntity.ok().header("Content-Type", "application/octet-stream").body(file);
    }

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
