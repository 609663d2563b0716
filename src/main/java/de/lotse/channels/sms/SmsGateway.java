package de.lotse.channels.sms;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;


import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import de.lotse.channels.Bindings;
import de.lotse.channels.Channel;
import de.lotse.channels.ChannelGateway;
import de.lotse.channels.DeliveryFailed;
import de.lotse.channels.OutboundMessage;
import de.lotse.concerns.ConcernReplies.ReplyToDeliver;
import de.lotse.concerns.ContactChannel;

/**
 * SMS through an HTTP gateway in the style of sipgate's REST API ({@code POST /sessions/sms} with {@code smsId},
 * {@code recipient}, {@code message}; HTTP Basic with token id and token; 204 when taken). An SMS tells of a reply and
 * carries the status link, not the reply itself: an SMS is short, and it may be read over a shoulder. Off unless
 * {@code lotse.channels.sms.api-url} and a token are set.
 */
@Component
class SmsGateway implements ChannelGateway {

    static final int MAX_LENGTH = 480;

    private final Environment environment;
    private final Bindings bindings;
    private final MessageSource texts;
    private final ObjectMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    SmsGateway(Environment environment, Bindings bindings, MessageSource texts) {
        this.environment = environment;
        this.bindings = bindings;
        this.texts = texts;
    }

    private boolean on() {
        return !environment.getProperty("lotse.channels.sms.api-url", "").isBlank()
                && !environment.getProperty("lotse.channels.sms.token", "").isBlank();
    }

    @Override
    public boolean switchedOn() {
        return on();
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public Optional<String> recipient(ReplyToDeliver reply) {
        if (!on()) {
            return Optional.empty();
        }
        if (reply.contact().channel() == ContactChannel.SMS) {
            return reply.contact().phone();
        }
        return bindings.addressOf(reply.concern(), Channel.SMS);
    }

    /** Someone who asked for a call from a mobile number hears by SMS when we call, and when we missed them. */
    @Override
    public Optional<String> noticeRecipient(ReplyToDeliver reply) {
        if (on() && reply.contact().channel() == ContactChannel.PHONE) {
            Optional<String> mobile = reply.contact().mobilePhone();
            if (mobile.isPresent()) {
                return mobile;
            }
        }
        return recipient(reply);
    }

    @Override
    public Optional<String> send(OutboundMessage message) throws DeliveryFailed {
        if (!on()) {
            throw new DeliveryFailed("SMS is switched off", false, null);
        }
        String base = environment.getProperty("lotse.public-url", "");
        String text = message.reply()
                .map(reply -> texts.getMessage("sms.reply", new Object[] { message.reference().value(),
                        (base.isBlank() ? "http://localhost:8080" : base.strip()) + reply.statusPath() },
                        message.language().locale()))
                .orElseGet(() -> message.text().orElse(""));
        ObjectNode body = json.createObjectNode();
        body.put("smsId", environment.getProperty("lotse.channels.sms.sms-id", "s0"));
        body.put("recipient", message.recipient());
        body.put("message", text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH - 1) + "…" : text);
        String credentials = environment.getProperty("lotse.channels.sms.token-id", "") + ":"
                + environment.getProperty("lotse.channels.sms.token", "");
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create(environment.getProperty("lotse.channels.sms.api-url")
                            + "/sessions/sms")).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException unreachable) {
            throw new DeliveryFailed("SMS gateway not reachable: " + unreachable.getMessage(), false, unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailed("interrupted", false, interrupted);
        }
        if (response.statusCode() / 100 == 2) {
            return Optional.empty();
        }
        boolean temporary = response.statusCode() == 429 || response.statusCode() >= 500;
        String detail = response.body() == null ? "" : response.body().strip();
        throw new DeliveryFailed("SMS gateway " + response.statusCode()
                + (detail.isEmpty() ? "" : ": " + (detail.length() > 200 ? detail.substring(0, 200) : detail)), !temporary, null);
    }
}
