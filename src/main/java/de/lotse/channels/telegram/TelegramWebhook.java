package de.lotse.channels.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import de.lotse.channels.Bindings;
import de.lotse.channels.Channel;
import de.lotse.channels.Deliveries;
import de.lotse.channels.InboundMessages;
import de.lotse.channels.InboundMessages.Outcome;
import de.lotse.channels.ReplyDelivery;
import de.lotse.concerns.CitizenAccess;
import de.lotse.concerns.ConcernDraft;
import de.lotse.concerns.ConcernId;
import de.lotse.concerns.ConcernIntake;
import de.lotse.concerns.ConcernReplies;
import de.lotse.concerns.IntakeValidation;
import de.lotse.concerns.InvalidDraft;
import de.lotse.concerns.Receipt;
import de.lotse.concerns.ReplyAddresses;
import de.lotse.language.Language;

/**
 * Telegram's webhook (Bot API {@code setWebhook} with a {@code secret_token}): each update is checked against the
 * secret, taken in once (by its {@code update_id}; Telegram sends again until it gets 200) and answered 200.
 *
 * <p>"/start TOKEN" from the status page's link connects the chat to that concern. Text from a connected chat joins
 * its latest open concern; text from any other chat starts a concern, acknowledged in the chat with its reference and
 * status link. Only text is taken; other kinds of update are recorded and left.
 */
@RestController
class TelegramWebhook {

    private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);

    private final Environment environment;
    private final InboundMessages inbound;
    private final Bindings bindings;
    private final ReplyAddresses replyAddresses;
    private final ReplyDelivery replyDelivery;
    private final ConcernReplies replies;
    private final CitizenAccess citizens;
    private final ConcernIntake intake;
    private final TransactionTemplate transactions;
    private final MessageSource texts;
    private final Clock clock;
    private final ObjectMapper json = JsonMapper.builder().build();

    TelegramWebhook(Environment environment, InboundMessages inbound, Bindings bindings, ReplyAddresses replyAddresses,
            ReplyDelivery replyDelivery, ConcernReplies replies, CitizenAccess citizens, ConcernIntake intake,
            TransactionTemplate transactions, MessageSource texts, Clock clock) {
        this.environment = environment;
        this.inbound = inbound;
        this.bindings = bindings;
        this.replyAddresses = replyAddresses;
        this.replyDelivery = replyDelivery;
        this.replies = replies;
        this.citizens = citizens;
        this.intake = intake;
        this.transactions = transactions;
        this.texts = texts;
        this.clock = clock;
    }

    @PostMapping("/api/channels/telegram")
    ResponseEntity<Void> update(@RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) String secret,
            @RequestBody byte[] body) {
        String expected = environment.getProperty("lotse.channels.telegram.webhook-secret", "");
        if (expected.isBlank() || environment.getProperty("lotse.channels.telegram.bot-token", "").isBlank()) {
            return ResponseEntity.notFound().build();
        }
        if (secret == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(401).build();
        }
        JsonNode update;
        try {
            update = json.readTree(body);
        } catch (tools.jackson.core.JacksonException notJson) {
            return ResponseEntity.badRequest().build();
        }
        if (!update.path("update_id").canConvertToLong()) {
            return ResponseEntity.badRequest().build();
        }
        transactions.executeWithoutResult(status -> take(update, body));
        return ResponseEntity.ok().build();
    }

    private void take(JsonNode update, byte[] raw) {
        String id = "update:" + update.path("update_id").asLong();
        if (inbound.seen(Channel.TELEGRAM, id)) {
            return; // Telegram sent it again: it is on the timeline already
        }
        Instant now = clock.instant();
        JsonNode message = update.path("message");
        String chat = message.path("chat").path("id").asString("");
        String text = message.path("text").asString("").strip();
        Optional<String> sender = chat.isEmpty() ? Optional.empty() : Optional.of(chat);
        if (chat.isEmpty() || text.isEmpty()) {
            inbound.record(Channel.TELEGRAM, id, sender, "", Outcome.UNREADABLE, Optional.empty(), raw, raw.length, now);
            return;
        }
        Language language = Language.byCode(message.path("from").path("language_code").asString("de")
                .toLowerCase(Locale.ROOT)).orElse(Language.GERMAN);
        if (text.startsWith("/start")) {
            String token = text.substring("/start".length()).strip();
            Optional<ConcernId> concern = replyAddresses.concernOf(token);
            if (concern.isPresent()) {
                bindings.bind(concern.get(), Channel.TELEGRAM, chat, now);
                inbound.record(Channel.TELEGRAM, id, sender, "/start", Outcome.ADDED, concern, raw, raw.length, now);
                replyDelivery.queueWorded(concern.get(), 0, Channel.TELEGRAM, chat, new Deliveries.Worded("",
                        texts.getMessage("telegram.connected", new Object[] { replies.referenceOf(concern.get()) },
                                language.locale()), replies.referenceOfConcern(concern.get()), language, Optional.empty()));
                return;
            }
            inbound.record(Channel.TELEGRAM, id, sender, "/start", Outcome.AUTO_REPLY, Optional.empty(), raw, raw.length, now);
            return;
        }
        List<ConcernId> connected = bindings.concernsOf(Channel.TELEGRAM, chat);
        Optional<ConcernId> open = connected.stream().filter(replies::takesMessages).findFirst();
        String fitted = text.length() > IntakeValidation.MAX_DESCRIPTION_LENGTH - 100
                ? text.substring(0, IntakeValidation.MAX_DESCRIPTION_LENGTH - 100) : text;
        if (open.isPresent()) {
            citizens.addMessageFromChannel(open.get(), fitted, "telegram:" + id);
            inbound.record(Channel.TELEGRAM, id, sender, "", Outcome.ADDED, open, raw, raw.length, now);
            return;
        }
        String name = message.path("from").path("first_name").asString("").strip();
        Receipt receipt;
        try {
            receipt = intake.submit(new ConcernDraft("QUESTION", null, null, fitted, null, null,
                    name.isEmpty() ? null : name.length() > IntakeValidation.MAX_NAME_LENGTH
                            ? name.substring(0, IntakeValidation.MAX_NAME_LENGTH) : name,
                    null, false, "NONE", null, null, language.code(), false), Optional.of("telegram:" + id));
        } catch (InvalidDraft invalid) {
            log.warn("Telegram update {} could not become a concern: {}", id, invalid.problems());
            inbound.record(Channel.TELEGRAM, id, sender, "", Outcome.UNREADABLE, Optional.empty(), raw, raw.length, now);
            return;
        }
        ConcernId created = replies.concernIdOf(receipt.reference());
        bindings.bind(created, Channel.TELEGRAM, chat, now);
        inbound.record(Channel.TELEGRAM, id, sender, "", Outcome.NEW_CONCERN, Optional.of(created), raw, raw.length, now);
        String link = environment.getProperty("lotse.public-url", "").isBlank() ? "http://localhost:8080"
                : environment.getProperty("lotse.public-url").strip();
        replyDelivery.queueWorded(created, 1, Channel.TELEGRAM, chat, new Deliveries.Worded("",
                texts.getMessage("telegram.ack", new Object[] { receipt.reference().value(),
                        link + "/status/" + receipt.secret().value() }, language.locale()),
                receipt.reference(), language, Optional.empty()));
    }
}
