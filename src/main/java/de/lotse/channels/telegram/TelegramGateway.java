package de.lotse.channels.telegram;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

import de.lotse.channels.Bindings;
import de.lotse.channels.Channel;
import de.lotse.channels.ChannelGateway;
import de.lotse.channels.DeliveryFailed;
import de.lotse.channels.OutboundMessage;
import de.lotse.concerns.ConcernReplies.ReplyToDeliver;

/**
 * Replies by Telegram (Bot API {@code sendMessage}) to the chats the citizen connected to the concern. Off unless
 * {@code lotse.channels.telegram.bot-token} is set. Rate limits (429) and server errors are tried again later; a chat
 * that blocked the bot or no longer exists (400, 403) fails for good.
 */
@Component
class TelegramGateway implements ChannelGateway {

    private final Environment environment;
    private final Bindings bindings;
    private final MessageSource texts;
    private final de.lotse.channels.Attachments attachments;
    private final ObjectMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    TelegramGateway(Environment environment, Bindings bindings, MessageSource texts,
            de.lotse.channels.Attachments attachments) {
        this.attachments = attachments;
        this.environment = environment;
        this.bindings = bindings;
        this.texts = texts;
    }

    boolean on() {
        return !environment.getProperty("lotse.channels.telegram.bot-token", "").isBlank();
    }

    @Override
    public boolean switchedOn() {
        return on();
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public Optional<String> recipient(ReplyToDeliver reply) {
        return on() ? bindings.addressOf(reply.concern(), Channel.TELEGRAM) : Optional.empty();
    }

    @Override
    public Optional<String> send(OutboundMessage message) throws DeliveryFailed {
        if (!on()) {
            throw new DeliveryFailed("Telegram is switched off", false, null);
        }
        String text = message.reply()
                .map(reply -> texts.getMessage("telegram.reply", new Object[] { message.reference().value(), reply.text() },
                        message.language().locale()))
                .orElseGet(() -> message.text().orElse(""));
        ObjectNode body = json.createObjectNode();
        body.put("chat_id", message.recipient());
        body.put("text", text.length() > 4096 ? text.substring(0, 4093) + "…" : text);
        // The bot API's base address resolves late: a test points it at a fake on the random port of the app itself.
        String api = environment.getProperty("lotse.channels.telegram.api-url", "https://api.telegram.org");
        String token = environment.getProperty("lotse.channels.telegram.bot-token", "");
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(api + "/bot" + token + "/sendMessage"))
                    .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException unreachable) {
            throw new DeliveryFailed("Telegram not reachable: " + unreachable.getMessage(), false, unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed("interrupted", false, interrupted);
        }
        if (response.statusCode() == 200) {
            return Optional.empty(); // the Bot API reports no delivery or reading
        }
        String description = description(response.body());
        boolean permanent = response.statusCode() == 400 || response.statusCode() == 403 || response.statusCode() == 404;
        throw new DeliveryFailed("Telegram " + response.statusCode() + ": " + description, permanent, null);
    }

    private String description(String body) {
        try {
            JsonNode answer = json.readTree(body);
            return answer.path("description").asString("") + (answer.path("parameters").has("retry_after")
                    ? " (retry after " + answer.path("parameters").path("retry_after").asInt() + " s)" : "");
        } catch (JacksonException notJson) {
            return body.length() > 200 ? body.substring(0, 200) : body;
        }
    }

    /**
     * A file of an incoming message (Bot API {@code getFile}, then the file itself), or empty if Telegram no longer
     * has it. A file larger than we keep is not fetched; Telegram's own limit for bots is 20 MB.
     */
    java.util.Optional<de.lotse.channels.Attachments.Incoming> download(String fileId, String filename,
            Optional<String> declaredType, long declaredSize) throws de.lotse.channels.FileDownload.NotNow {
        if (fileId.isEmpty()) {
            return Optional.empty();
        }
        if (declaredSize > attachments.maxSize()) {
            return Optional.of(de.lotse.channels.FileDownload.tooBig(filename, declaredType, declaredSize));
        }
        String api = environment.getProperty("lotse.channels.telegram.api-url", "https://api.telegram.org");
        String token = environment.getProperty("lotse.channels.telegram.bot-token", "");
        HttpResponse<String> found;
        try {
            found = http.send(HttpRequest.newBuilder(URI.create(api + "/bot" + token + "/getFile?file_id="
                    + java.net.URLEncoder.encode(fileId, java.nio.charset.StandardCharsets.UTF_8)))
                    .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException unreachable) {
            throw new de.lotse.channels.FileDownload.NotNow("Telegram not reachable: " + unreachable.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new de.lotse.channels.FileDownload.NotNow("interrupted");
        }
        if (found.statusCode() == 429 || found.statusCode() >= 500) {
            throw new de.lotse.channels.FileDownload.NotNow("Telegram getFile: HTTP " + found.statusCode());
        }
        String path;
        try {
            path = json.readTree(found.body()).path("result").path("file_path").asString("");
        } catch (JacksonException notJson) {
            path = "";
        }
        if (found.statusCode() != 200 || path.isEmpty()) {
            return Optional.empty(); // gone, or too big for the Bot API to hand out
        }
        return de.lotse.channels.FileDownload.fetch(http, HttpRequest.newBuilder(URI.create(api + "/file/bot" + token + "/"
                + path)).timeout(Duration.ofSeconds(60)).GET().build(), filename, declaredType, attachments.maxSize());
    }
}
