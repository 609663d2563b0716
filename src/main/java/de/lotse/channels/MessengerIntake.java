package de.lotse.channels;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lotse.channels.InboundMessages.Outcome;
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
import de.lotse.language.WrittenLanguage;

/**
 * What a messenger chat sends, taken in the same way for every messenger: once (by the messenger's message id); a
 * start command with a concern's reply token connects the chat to that concern; text from a connected chat joins its
 * latest open concern; text from any other chat starts a concern, acknowledged in the chat with reference and status
 * link.
 */
@Service
public class MessengerIntake {

    private static final Logger log = LoggerFactory.getLogger(MessengerIntake.class);

    /** A text message from a chat, as the webhook read it. */
    public record ChatMessage(Channel channel, String externalId, String chat, String text, Optional<String> name,
            Optional<String> languageCode, byte[] raw, List<Attachments.Incoming> files) {

        /** A message without files. */
        public ChatMessage(Channel channel, String externalId, String chat, String text, Optional<String> name,
                Optional<String> languageCode, byte[] raw) {
            this(channel, externalId, chat, text, name, languageCode, raw, List.of());
        }
    }

    private final InboundMessages inbound;
    private final Attachments attachments;
    private final Bindings bindings;
    private final ReplyAddresses replyAddresses;
    private final ReplyDelivery replyDelivery;
    private final ConcernReplies replies;
    private final CitizenAccess citizens;
    private final ConcernIntake intake;
    private final CitizenTexts texts;
    private final WrittenLanguage writtenLanguage;
    private final Environment environment;
    private final Clock clock;

    MessengerIntake(InboundMessages inbound, Attachments attachments, Bindings bindings, ReplyAddresses replyAddresses, ReplyDelivery replyDelivery,
            ConcernReplies replies, CitizenAccess citizens, ConcernIntake intake, CitizenTexts texts,
            WrittenLanguage writtenLanguage,
            Environment environment, Clock clock) {
        this.inbound = inbound;
        this.attachments = attachments;
        this.bindings = bindings;
        this.replyAddresses = replyAddresses;
        this.replyDelivery = replyDelivery;
        this.replies = replies;
        this.citizens = citizens;
        this.intake = intake;
        this.texts = texts;
        this.writtenLanguage = writtenLanguage;
        this.environment = environment;
        this.clock = clock;
    }

    /** Whether the messenger delivered this message before (so its files need not be fetched again). */
    public boolean seen(Channel channel, String externalId) {
        return inbound.seen(channel, externalId);
    }

    /** Takes the message in, in one transaction; a message seen before changes nothing. */
    @Transactional
    public Optional<Outcome> take(ChatMessage message) {
        if (inbound.seen(message.channel(), message.externalId())) {
            return Optional.empty(); // sent again by the messenger: on the timeline already
        }
        Instant now = clock.instant();
        Optional<String> sender = Optional.of(message.chat());
        byte[] raw = message.raw();
        String typed = message.text().strip();
        if (typed.isEmpty() && message.files().isEmpty()) {
            inbound.record(message.channel(), message.externalId(), sender, "", Outcome.UNREADABLE, Optional.empty(), raw,
                    raw.length, now);
            return Optional.of(Outcome.UNREADABLE);
        }
        // A photo sent without words still needs words on the timeline.
        String text = typed.isEmpty() ? texts.in(Locale.GERMAN, "channels.filesOnly") : typed;
        // What the text is written in says more than the app's setting (many keep their phone in German).
        Optional<String> token = startToken(text);
        Optional<Language> appLanguage = message.languageCode().map(code -> code.toLowerCase(Locale.ROOT))
                .flatMap(Language::byCode);
        // A start command ("/start" and a random token) is no language at all: guessing one from it is a coin toss.
        Language language = (token.isPresent() ? appLanguage : writtenLanguage.of(typed).or(() -> appLanguage))
                .orElse(Language.GERMAN);
        if (token.isPresent()) {
            Optional<ConcernId> concern = replyAddresses.concernOf(token.get());
            if (concern.isEmpty()) {
                inbound.record(message.channel(), message.externalId(), sender, "start", Outcome.AUTO_REPLY,
                        Optional.empty(), raw, raw.length, now);
                return Optional.of(Outcome.AUTO_REPLY);
            }
            bindings.bind(concern.get(), message.channel(), message.chat(), now);
            inbound.record(message.channel(), message.externalId(), sender, "start", Outcome.ADDED, concern, raw,
                    raw.length, now);
            replyDelivery.queueWorded(concern.get(), 0, message.channel(), message.chat(), new Deliveries.Worded("",
                    texts.text("telegram.connected", language, replies.referenceOf(concern.get())), replies.referenceOfConcern(concern.get()), language, Optional.empty()));
            return Optional.of(Outcome.ADDED);
        }
        String fitted = text.length() > IntakeValidation.MAX_DESCRIPTION_LENGTH - 100
                ? text.substring(0, IntakeValidation.MAX_DESCRIPTION_LENGTH - 100) : text;
        List<ConcernId> connected = bindings.concernsOf(message.channel(), message.chat());
        Optional<ConcernId> open = connected.stream().filter(replies::takesMessages).findFirst();
        if (open.isPresent()) {
            int position = citizens.addMessageFromChannel(open.get(), fitted,
                    message.channel().name().toLowerCase(Locale.ROOT) + ":" + message.externalId()).position();
            UUID record = inbound.record(message.channel(), message.externalId(), sender, "", Outcome.ADDED, open, raw,
                    raw.length, now);
            keepFiles(message, record, open.get(), position, now);
            return Optional.of(Outcome.ADDED);
        }
        String name = message.name().map(String::strip).filter(given -> !given.isEmpty())
                .map(given -> given.length() > IntakeValidation.MAX_NAME_LENGTH
                        ? given.substring(0, IntakeValidation.MAX_NAME_LENGTH) : given)
                .orElse(null);
        Receipt receipt;
        try {
            receipt = intake.submit(new ConcernDraft("QUESTION", null, null, fitted, null, null, name, null, false, "NONE",
                    null, null, language.code(), false), Optional.of(message.channel().name().toLowerCase(Locale.ROOT)
                            + ":" + message.externalId()));
        } catch (InvalidDraft invalid) {
            log.warn("{} message {} could not become a concern: {}", message.channel(), message.externalId(),
                    invalid.problems());
            inbound.record(message.channel(), message.externalId(), sender, "", Outcome.UNREADABLE, Optional.empty(), raw,
                    raw.length, now);
            return Optional.of(Outcome.UNREADABLE);
        }
        ConcernId created = replies.concernIdOf(receipt.reference());
        bindings.bind(created, message.channel(), message.chat(), now);
        UUID record = inbound.record(message.channel(), message.externalId(), sender, "", Outcome.NEW_CONCERN,
                Optional.of(created), raw, raw.length, now);
        keepFiles(message, record, created, 1, now);
        String base = environment.getProperty("lotse.public-url", "");
        String link = (base.isBlank() ? "http://localhost:8080" : base.strip()) + "/status/" + receipt.secret().value();
        replyDelivery.queueWorded(created, 1, message.channel(), message.chat(), new Deliveries.Worded("",
                texts.text("telegram.ack", language, receipt.reference().value(), link),
                receipt.reference(), language, Optional.empty()));
        return Optional.of(Outcome.NEW_CONCERN);
    }

    private void keepFiles(ChatMessage message, UUID record, ConcernId concern, int position, Instant now) {
        for (Attachments.Incoming file : message.files()) {
            attachments.store(record, concern, position, file, now);
        }
    }

    /** "/start TOKEN" (Telegram's deep link) or "START TOKEN" (a prefilled messenger text). */
    private static Optional<String> startToken(String text) {
        String[] words = text.split("\\s+");
        if (words.length == 2 && (words[0].equals("/start") || words[0].equalsIgnoreCase("start"))) {
            return Optional.of(words[1]);
        }
        return Optional.empty();
    }
}
