package de.lotse.channels.matrix;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import de.lotse.channels.Attachments;
import de.lotse.channels.Channel;
import de.lotse.channels.FileDownload;
import de.lotse.channels.DeliveryFailed;
import de.lotse.channels.MessengerIntake;

/**
 * The homeserver pushes room events to Lotse as a Matrix application service ({@code PUT
 * /_matrix/app/v1/transactions/{txnId}} with the {@code hs_token}). Invitations of the bot are accepted (a citizen
 * opening a direct chat); text messages from others are taken in like every messenger's, once, by their event id.
 * A transaction sent again (the homeserver retries until it gets 200) changes nothing.
 */
@RestController
class MatrixAppService {

    private static final Logger log = LoggerFactory.getLogger(MatrixAppService.class);

    /** Message types that carry a file. */
    private static final Set<String> FILES = Set.of("m.image", "m.file", "m.audio", "m.video");

    private final Environment environment;
    private final MessengerIntake messengers;
    private final MatrixGateway gateway;
    private final ObjectMapper json = JsonMapper.builder().build();

    MatrixAppService(Environment environment, MessengerIntake messengers, MatrixGateway gateway) {
        this.environment = environment;
        this.messengers = messengers;
        this.gateway = gateway;
    }

    @PutMapping("/api/channels/matrix/_matrix/app/v1/transactions/{transaction}")
    ResponseEntity<String> transaction(@PathVariable String transaction,
            @RequestHeader(name = "Authorization", required = false) String authorization, @RequestBody byte[] body) {
        String hsToken = environment.getProperty("lotse.channels.matrix.hs-token", "");
        if (hsToken.isBlank() || !gateway.on()) {
            return ResponseEntity.notFound().build();
        }
        if (authorization == null || !MessageDigest.isEqual(("Bearer " + hsToken).getBytes(StandardCharsets.UTF_8),
                authorization.strip().getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(403).header("Content-Type", "application/json")
                    .body("{\"errcode\":\"M_FORBIDDEN\",\"error\":\"Bad token\"}");
        }
        JsonNode events;
        try {
            events = json.readTree(body).path("events");
        } catch (JacksonException notJson) {
            return ResponseEntity.badRequest().body("{\"errcode\":\"M_NOT_JSON\",\"error\":\"Not JSON\"}");
        }
        String bot = environment.getProperty("lotse.channels.matrix.user-id", "");
        for (JsonNode event : events) {
            String type = event.path("type").asString("");
            String room = event.path("room_id").asString("");
            String sender = event.path("sender").asString("");
            if (type.equals("m.room.member") && bot.equals(event.path("state_key").asString(""))
                    && "invite".equals(event.path("content").path("membership").asString(""))) {
                try {
                    gateway.join(room);
                } catch (DeliveryFailed failed) {
                    log.warn("Could not join Matrix room {}: {}", room, failed.getMessage());
                }
            } else if (type.equals("m.room.message") && !sender.equals(bot) && !room.isEmpty()
                    && !event.path("event_id").asString("").isEmpty()
                    && !messengers.seen(Channel.MATRIX, event.path("event_id").asString(""))) {
                JsonNode content = event.path("content");
                String kind = content.path("msgtype").asString("");
                String text = kind.equals("m.text") ? content.path("body").asString("") : "";
                List<Attachments.Incoming> files = new ArrayList<>();
                if (FILES.contains(kind)) {
                    // A file's body is its name, or a caption when the name is given apart (Matrix 1.10).
                    String filename = content.path("filename").asString(content.path("body").asString(kind));
                    if (content.has("filename") && !content.path("body").asString("").equals(filename)) {
                        text = content.path("body").asString("");
                    }
                    try {
                        gateway.download(content.path("url").asString(""), filename,
                                Optional.ofNullable(content.path("info").path("mimetype").asString(null)),
                                content.path("info").path("size").asLong(0)).ifPresent(files::add);
                    } catch (FileDownload.NotNow notNow) {
                        // The homeserver sends the transaction again; events taken so far are not taken twice.
                        return ResponseEntity.status(503).header("Content-Type", "application/json")
                                .body("{\"errcode\":\"M_UNKNOWN\",\"error\":\"file not available yet\"}");
                    }
                } else if (!kind.equals("m.text")) {
                    continue; // reactions, notices, locations: nothing to take
                }
                // A Matrix ID is no name: the concern stays without one unless the citizen gives it.
                messengers.take(new MessengerIntake.ChatMessage(Channel.MATRIX, event.path("event_id").asString(""), room,
                        text, Optional.empty(), Optional.empty(), event.toString().getBytes(StandardCharsets.UTF_8), files));
            }
        }
        return ResponseEntity.ok().header("Content-Type", "application/json").body("{}");
    }
}
