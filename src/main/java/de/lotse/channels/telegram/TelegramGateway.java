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
    private final ObjectMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    TelegramGateway(Environment environment, Bindings bindings, MessageSource texts) {
        this.environment = environment;
        this.bindings = bindings;
        this.texts = texts;
    }

    boolean on() {
        return !environment.getProperty("lotse.channels.telegram.bot-token", "").isBlank();
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
}
