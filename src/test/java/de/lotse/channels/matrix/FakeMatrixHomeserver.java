package de.lotse.channels.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * A local stand-in for a Matrix homeserver's Client-Server API (spec.matrix.org, v1): {@code PUT
 * /_matrix/client/v3/rooms/{roomId}/send/m.room.message/{txnId}} answering {"event_id"}, the same event id for a
 * repeated transaction id (idempotency, as the spec requires), and {@code POST /rooms/{roomId}/join}.
 */
@RestController
public class FakeMatrixHomeserver {

    public record Sent(String room, String txnId, String body) {
    }

    static final List<Sent> SENT = java.util.Collections.synchronizedList(new ArrayList<>());
    static final List<String> JOINED = java.util.Collections.synchronizedList(new ArrayList<>());
    private static final Map<String, String> EVENTS_BY_TXN = new ConcurrentHashMap<>();
    /** Uploaded media, by "server/mediaId" of their mxc:// address. */
    static final Map<String, byte[]> MEDIA = new ConcurrentHashMap<>();

    /** Authenticated media download (spec v1.11): {@code GET /_matrix/client/v1/media/download/{server}/{mediaId}}. */
    @GetMapping("/api/fake-matrix/_matrix/client/v1/media/download/{server}/{mediaId}")
    ResponseEntity<byte[]> download(@PathVariable String server, @PathVariable String mediaId,
            @RequestHeader(name = "Authorization", required = false) String authorization) {
        if (!"Bearer test-as-token".equals(authorization)) {
            return ResponseEntity.status(401).build();
        }
        byte[] media = MEDIA.get(server + "/" + mediaId);
        return media == null ? ResponseEntity.status(404).build() : ResponseEntity.ok().body(media);
    }

    @PutMapping("/api/fake-matrix/_matrix/client/v3/rooms/{room}/send/m.room.message/{txnId}")
    ResponseEntity<String> send(@PathVariable String room, @PathVariable String txnId,
            @RequestHeader(name = "Authorization", required = false) String authorization, @RequestBody JsonNode body) {
        if (!"Bearer test-as-token".equals(authorization)) {
            return ResponseEntity.status(401).body("{\"errcode\":\"M_UNKNOWN_TOKEN\",\"error\":\"Unknown token\"}");
        }
        String eventId = EVENTS_BY_TXN.computeIfAbsent(txnId, id -> {
            SENT.add(new Sent(room, id, body.path("body").asString()));
            return "$event" + SENT.size();
        });
        return ResponseEntity.ok().header("Content-Type", "application/json").body("{\"event_id\":\"" + eventId + "\"}");
    }

    @PostMapping("/api/fake-matrix/_matrix/client/v3/rooms/{room}/join")
    ResponseEntity<String> join(@PathVariable String room) {
        JOINED.add(room);
        return ResponseEntity.ok().header("Content-Type", "application/json").body("{\"room_id\":\"" + room + "\"}");
    }
}
