package de.lotse.channels.whatsapp;

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
 * Replies by WhatsApp (Cloud API: {@code POST /{version}/{phone-number-id}/messages}, a text message) to the numbers
 * connected to the concern. Off unless {@code lotse.channels.whatsapp.access-token} is set. The returned message id
 * (wamid) lets the status webhook report delivery and reading. Rate limits and server errors are tried again; a
 * refused recipient (for example outside WhatsApp's 24-hour customer service window) fails for good, with WhatsApp's
 * reason shown on the concern.
 */
@Component
class WhatsAppGateway implements ChannelGateway {

    private final Environment environment;
    private final Bindings bindings;
    private final MessageSource texts;
    private final Attachments attachments;
    private final ObjectMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    WhatsAppGateway(Environment environment, Bindings bindings, MessageSource texts, Attachments attachments) {
        this.attachments = attachments;
        this.environment = environment;
        this.bindings = bindings;
        this.texts = texts;
    }

    private boolean on() {
        return !environment.getProperty("lotse.channels.whatsapp.access-token", "").isBlank();
    }

    @Override
    public boolean switchedOn() {
        return on();
    }

    @Override
    public Channel channel() {
        return Channel.WHATSAPP;
    }

    @Override
    public Optional<String> recipient(ReplyToDeliver reply) {
        return on() ? bindings.addressOf(reply.concern(), Channel.WHATSAPP) : Optional.empty();
    }

    @Override
    public Optional<String> send(OutboundMessage message) throws DeliveryFailed {
        if (!on()) {
            throw new DeliveryFailed("WhatsApp is switched off", false, null);
        }
        String text = message.reply()
                .map(reply -> texts.getMessage("telegram.reply", new Object[] { message.reference().value(), reply.text() },
                        message.language().locale()))
                .orElseGet(() -> message.text().orElse(""));
        ObjectNode body = json.createObjectNode();
        body.put("messaging_product", "whatsapp");
        body.put("recipient_type", "individual");
        body.put("to", message.recipient());
        body.put("type", "text");
        body.putObject("text").put("preview_url", false).put("body", text.length() > 4096 ? text.substring(0, 4093) + "…" : text);
        String api = environment.getProperty("lotse.channels.whatsapp.api-url", "https://graph.facebook.com/v21.0");
        String phoneNumberId = environment.getProperty("lotse.channels.whatsapp.phone-number-id", "");
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(api + "/" + phoneNumberId + "/messages"))
                    .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + environment.getProperty("lotse.channels.whatsapp.access-token"))
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException unreachable) {
            throw new DeliveryFailed("WhatsApp not reachable: " + unreachable.getMessage(), false, unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed("interrupted", false, interrupted);
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (JacksonException notJson) {
            answer = json.createObjectNode();
        }
        if (response.statusCode() == 200) {
            return Optional.of(answer.path("messages").path(0).path("id").asString("")).filter(id -> !id.isEmpty());
        }
        JsonNode error = answer.path("error");
        String reason = "WhatsApp " + response.statusCode() + " (" + error.path("code").asString("?") + "): "
                + error.path("message").asString(response.body().length() > 200 ? response.body().substring(0, 200) : response.body());
        boolean temporary = response.statusCode() == 429 || response.statusCode() >= 500;
        throw new DeliveryFailed(reason, !temporary, null);
    }

    /**
     * A media file of an incoming message: its address from the Graph API ({@code GET /{media-id}}), then the file,
     * both with our access token. Empty if WhatsApp no longer has it (media stay for 30 days).
     */
    Optional<Attachments.Incoming> download(String mediaId, String filename, Optional<String> declaredType)
            throws FileDownload.NotNow {
        String api = environment.getProperty("lotse.channels.whatsapp.api-url", "https://graph.facebook.com/v21.0");
        String bearer = "Bearer " + environment.getProperty("lotse.channels.whatsapp.access-token", "");
        HttpResponse<String> found;
        try {
            found = http.send(HttpRequest.newBuilder(URI.create(api + "/" + URLEncoder.encode(mediaId, StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(20)).header("Authorization", bearer).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException unreachable) {
            throw new FileDownload.NotNow("WhatsApp not reachable: " + unreachable.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new FileDownload.NotNow("interrupted");
        }
        if (found.statusCode() == 429 || found.statusCode() >= 500) {
            throw new FileDownload.NotNow("WhatsApp media: HTTP " + found.statusCode());
        }
        JsonNode media;
        try {
            media = json.readTree(found.body());
        } catch (JacksonException notJson) {
            media = json.createObjectNode();
        }
        String url = media.path("url").asString("");
        if (found.statusCode() != 200 || url.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> type = Optional.ofNullable(media.path("mime_type").asString(null)).or(() -> declaredType);
        long size = media.path("file_size").asLong(0);
        if (size > attachments.maxSize()) {
            return Optional.of(FileDownload.tooBig(filename, type, size));
        }
        return FileDownload.fetch(http, HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", bearer).GET().build(), filename, type, attachments.maxSize());
    }
}
