package de.lotse.channels.whatsapp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * A local stand-in for the WhatsApp Cloud API's {@code POST /{phone-number-id}/messages} (developers.facebook.com/docs/
 * whatsapp/cloud-api/reference/messages): Bearer token, a text message; answers {"messaging_product":"whatsapp",
 * "contacts":[…],"messages":[{"id":"wamid…"}]}, or {"error":{"message","type","code","fbtrace_id"}}.
 */
@RestController
public class FakeWhatsAppCloudApi {

    public record Sent(String phoneNumberId, String to, String text, String wamid) {
    }

    static final List<Sent> SENT = java.util.Collections.synchronizedList(new ArrayList<>());
    static final ConcurrentLinkedQueue<Integer> NEXT_ERRORS = new ConcurrentLinkedQueue<>();
    private static final AtomicLong IDS = new AtomicLong();
    /** Media the fake holds, by media id, as the citizen's phone uploaded them. */
    static final java.util.Map<String, byte[]> MEDIA = new java.util.concurrent.ConcurrentHashMap<>();

    /** Retrieve media URL: {"messaging_product","url","mime_type","sha256","file_size","id"}; needs the token. */
    @GetMapping("/api/fake-whatsapp/{mediaId}")
    ResponseEntity<String> media(@PathVariable String mediaId,
            @RequestHeader(name = "Authorization", required = false) String authorization,
            jakarta.servlet.http.HttpServletRequest request) {
        if (!"Bearer test-access-token".equals(authorization)) {
            return ResponseEntity.status(401).body("{\"error\":{\"message\":\"Invalid OAuth access token.\",\"code\":190}}");
        }
        byte[] media = MEDIA.get(mediaId);
        if (media == null) {
            return ResponseEntity.status(404).body("{\"error\":{\"message\":\"(#100) Invalid media id\",\"code\":100}}");
        }
        return ResponseEntity.ok().header("Content-Type", "application/json").body("{\"messaging_product\":\"whatsapp\","
                + "\"url\":\"http://127.0.0.1:" + request.getLocalPort() + "/api/fake-whatsapp/lookaside/" + mediaId + "\","
                + "\"mime_type\":\"application/pdf\",\"sha256\":\"x\",\"file_size\":" + media.length + ",\"id\":\""
                + mediaId + "\"}");
    }

    /** The media URL itself, which also wants the access token (lookaside.fbsbx.com in real life). */
    @GetMapping("/api/fake-whatsapp/lookaside/{mediaId}")
    ResponseEntity<byte[]> download(@PathVariable String mediaId,
            @RequestHeader(name = "Authorization", required = false) String authorization) {
        if (!"Bearer test-access-token".equals(authorization)) {
            return ResponseEntity.status(401).build();
        }
        byte[] media = MEDIA.get(mediaId);
        return media == null ? ResponseEntity.notFound().build() : ResponseEntity.ok().body(media);
    }

    @PostMapping("/api/fake-whatsapp/{phoneNumberId}/messages")
    ResponseEntity<String> messages(@PathVariable String phoneNumberId,
            @RequestHeader(name = "Authorization", required = false) String authorization, @RequestBody JsonNode body) {
        if (!"Bearer test-access-token".equals(authorization)) {
            return ResponseEntity.status(401).body("{\"error\":{\"message\":\"Invalid OAuth access token.\",\"type\":\"OAuthException\",\"code\":190}}");
        }
        Integer error = NEXT_ERRORS.poll();
        if (error != null) {
            return ResponseEntity.status(400).body("{\"error\":{\"message\":\"(#131047) Re-engagement message\",\"type\":"
                    + "\"OAuthException\",\"code\":131047,\"error_data\":{\"details\":\"Message failed to send because more"
                    + " than 24 hours have passed since the customer last replied to this number.\"}}}");
        }
        if (!"whatsapp".equals(body.path("messaging_product").asString()) || !"text".equals(body.path("type").asString())) {
            return ResponseEntity.status(400).body("{\"error\":{\"message\":\"(#100) Invalid parameter\",\"code\":100}}");
        }
        String wamid = "wamid.TEST" + IDS.incrementAndGet();
        SENT.add(new Sent(phoneNumberId, body.path("to").asString(), body.path("text").path("body").asString(), wamid));
        return ResponseEntity.ok().header("Content-Type", "application/json")
                .body("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"" + body.path("to").asString()
                        + "\",\"wa_id\":\"" + body.path("to").asString() + "\"}],\"messages\":[{\"id\":\"" + wamid + "\"}]}");
    }
}
