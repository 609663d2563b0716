package de.lotse.channels.matrix;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import de.lotse.channels.Attachments;
import de.lotse.channels.Bindings;
import de.lotse.channels.FileDownload;
import de.lotse.channels.Channel;
import de.lotse.channels.ChannelGateway;
import de.lotse.channels.DeliveryFailed;
import de.lotse.channels.OutboundMessage;
import de.lotse.concerns.ConcernReplies.ReplyToDeliver;

/**
 * Replies by Matrix (Client-Server API, the base of the BundesMessenger) into the rooms connected to the concern:
 * {@code PUT /_matrix/client/v3/rooms/{room}/send/m.room.message/{txnId}}. The transaction id is the delivery's id, so
 * a send repeated after a crash is the same event to the homeserver, never a second message. Rate limits (429,
 * M_LIMIT_EXCEEDED) and server errors are tried again; a room the bot is not in (403) fails for good.
 */
@Component
class MatrixGateway implements ChannelGateway {

    private final Environment environment;
    private final Bindings bindings;
    private final MessageSource texts;
    private final Attachments attachments;
    private final ObjectMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    MatrixGateway(Environment environment, Bindings bindings, MessageSource texts, Attachments attachments) {
        this.attachments = attachments;
        this.environment = environment;
        this.bindings = bindings;
        this.texts = texts;
    }

    boolean on() {
        return !environment.getProperty("lotse.channels.matrix.homeserver-url", "").isBlank()
                && !environment.getProperty("lotse.channels.matrix.access-token", "").isBlank();
    }

    @Override
    public boolean switchedOn() {
        return on();
    }

    @Override
    public Channel channel() {
        return Channel.MATRIX;
    }

    @Override
    public Optional<String> recipient(ReplyToDeliver reply) {
        return on() ? bindings.addressOf(reply.concern(), Channel.MATRIX) : Optional.empty();
    }

    @Override
    public Optional<String> send(OutboundMessage message) throws DeliveryFailed {
        if (!on()) {
            throw new DeliveryFailed("Matrix is switched off", false, null);
        }
        String text = message.reply()
                .map(reply -> texts.getMessage("telegram.reply", new Object[] { message.reference().value(), reply.text() },
                        message.language().locale()))
                .orElseGet(() -> message.text().orElse(""));
        ObjectNode body = json.createObjectNode();
        body.put("msgtype", "m.text");
        body.put("body", text);
        HttpResponse<String> response = call("PUT", "/_matrix/client/v3/rooms/" + encoded(message.recipient())
                + "/send/m.room.message/" + message.deliveryId(), json.writeValueAsString(body));
        JsonNode answer = parsed(response.body());
        if (response.statusCode() == 200) {
            return Optional.of(answer.path("event_id").asString("")).filter(id -> !id.isEmpty());
        }
        boolean temporary = response.statusCode() == 429 || response.statusCode() >= 500;
        throw new DeliveryFailed("Matrix " + response.statusCode() + " " + answer.path("errcode").asString("") + ": "
                + answer.path("error").asString(""), !temporary, null);
    }

    /** Joins a room the bot was invited to (a citizen opening a direct chat with it). */
    void join(String room) throws DeliveryFailed {
        HttpResponse<String> response = call("POST", "/_matrix/client/v3/rooms/" + encoded(room) + "/join", "{}");
        if (response.statusCode() != 200) {
            throw new DeliveryFailed("Matrix join " + response.statusCode() + ": " + response.body(), false, null);
        }
    }

    /**
     * A file of an incoming event, by its {@code mxc://server/media-id} address, through the homeserver's
     * authenticated media download ({@code GET /_matrix/client/v1/media/download/…}, Matrix 1.11).
     */
    Optional<Attachments.Incoming> download(String mxc, String filename, Optional<String> declaredType, long declaredSize)
            throws FileDownload.NotNow {
        java.util.regex.Matcher address = MXC.matcher(mxc);
        if (!address.matches()) {
            return Optional.empty(); // an encrypted file, or no address: nothing we could fetch
        }
        if (declaredSize > attachments.maxSize()) {
            return Optional.of(FileDownload.tooBig(filename, declaredType, declaredSize));
        }
        String homeserver = environment.getProperty("lotse.channels.matrix.homeserver-url", "");
        return FileDownload.fetch(http, HttpRequest.newBuilder(URI.create(homeserver + "/_matrix/client/v1/media/download/"
                + encoded(address.group(1)) + "/" + encoded(address.group(2)))).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + environment.getProperty("lotse.channels.matrix.access-token"))
                .GET().build(), filename, declaredType, attachments.maxSize());
    }

    private static final java.util.regex.Pattern MXC = java.util.regex.Pattern.compile("mxc://([^/]+)/([A-Za-z0-9_-]+)");

    private HttpResponse<String> call(String method, String path, String body) throws DeliveryFailed {
        String homeserver = environment.getProperty("lotse.channels.matrix.homeserver-url", "");
        try {
            return http.send(HttpRequest.newBuilder(URI.create(homeserver + path)).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + environment.getProperty("lotse.channels.matrix.access-token"))
                    .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException unreachable) {
            throw new DeliveryFailed("Matrix homeserver not reachable: " + unreachable.getMessage(), false, unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed("interrupted", false, interrupted);
        }
    }

    private JsonNode parsed(String body) {
        try {
            return json.readTree(body);
        } catch (JacksonException notJson) {
            return json.createObjectNode();
        }
    }

    private static String encoded(String room) {
        return URLEncoder.encode(room, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
