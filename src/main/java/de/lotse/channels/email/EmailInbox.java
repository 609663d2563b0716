package de.lotse.channels.email;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.icegreen.greenmail.util.GreenMail;

import de.lotse.channels.Attachments;
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
import de.lotse.concerns.Receipt;
import de.lotse.concerns.Reference;
import de.lotse.language.Language;
import de.lotse.language.WrittenLanguage;
import de.lotse.channels.CitizenTexts;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

/**
 * Reads the Jobcenter's concern mailbox over IMAP, on a db-scheduler task (one instance at a time). Each message is
 * recorded once (by Message-ID) and becomes a message on the concern it answers, or a new concern; only after that is
 * committed is it removed from the mailbox, so a crash in between means it is read again and recognised, never lost
 * or doubled.
 *
 * <p>Threading, in this order: the concern's own reply address ({@code anliegen+token@}); an answer to one of our
 * mails (In-Reply-To/References); a reference in the subject,
 * from the address the concern gave; else a new concern, acknowledged with its reference and status link. Automatic
 * mail (vacation notices, lists, bounces) is recorded but not added; a bounce marks the delivery it names as failed.
 */
@Configuration(proxyBeanMethods = false)
class EmailInbox {

    private static final Logger log = LoggerFactory.getLogger(EmailInbox.class);
    private static final Pattern REFERENCE_IN_TEXT = Pattern.compile("\\b([A-Z]{2,3})[- ]?(\\d{4})[- ]?([2-9A-Z]{4})[- ]?([2-9A-Z]{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HAMBURG_POSTCODE = Pattern.compile("\\b(2[0-2]\\d{3})\\b");

    private final ObjectProvider<GreenMail> embeddedMail;
    private final InboundMessages inbound;
    private final Attachments attachments;
    private final de.lotse.concerns.ReplyAddresses replyAddresses;
    private final Deliveries deliveries;
    private final ReplyDelivery replyDelivery;
    private final ConcernReplies replies;
    private final CitizenAccess citizens;
    private final ConcernIntake intake;
    private final TransactionTemplate transactions;
    private final MessageSource texts;
    private final CitizenTexts citizenTexts;
    private final WrittenLanguage writtenLanguage;
    private final Clock clock;
    private final String address;
    private final String host;
    private final int port;
    private final String username;
    private final String password;
    private final boolean ssl;
    private final String publicUrl;
    private final int maxRawBytes;
    private final long newConcernsPerHour;

    EmailInbox(ObjectProvider<GreenMail> embeddedMail, InboundMessages inbound, Attachments attachments,
            de.lotse.concerns.ReplyAddresses replyAddresses,
            Deliveries deliveries,
            ReplyDelivery replyDelivery, ConcernReplies replies, CitizenAccess citizens, ConcernIntake intake,
            TransactionTemplate transactions, MessageSource texts, CitizenTexts citizenTexts,
            WrittenLanguage writtenLanguage, Clock clock,
            @Value("${lotse.channels.email.address:anliegen@jobcenter.lotse.test}") String address,
            @Value("${lotse.channels.email.imap.host:}") String host,
            @Value("${lotse.channels.email.imap.port:993}") int port,
            @Value("${lotse.channels.email.imap.username:}") String username,
            @Value("${lotse.channels.email.imap.password:}") String password,
            @Value("${lotse.channels.email.imap.ssl:true}") boolean ssl,
            @Value("${lotse.public-url:}") String publicUrl,
            @Value("${lotse.channels.email.max-message-size:26214400}") int maxRawBytes,
            @Value("${lotse.channels.email.new-concerns-per-sender-and-hour:10}") long newConcernsPerHour) {
        this.newConcernsPerHour = newConcernsPerHour;
        this.embeddedMail = embeddedMail;
        this.inbound = inbound;
        this.attachments = attachments;
        this.replyAddresses = replyAddresses;
        this.deliveries = deliveries;
        this.replyDelivery = replyDelivery;
        this.replies = replies;
        this.citizens = citizens;
        this.intake = intake;
        this.transactions = transactions;
        this.texts = texts;
        this.citizenTexts = citizenTexts;
        this.writtenLanguage = writtenLanguage;
        this.clock = clock;
        this.address = address;
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
        this.ssl = ssl;
        this.publicUrl = publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.strip();
        this.maxRawBytes = maxRawBytes;
    }

    @Bean
    RecurringTask<Void> emailInboxTask(@Value("${lotse.channels.email.poll-interval:30s}") Duration every) {
        return Tasks.recurring("email-inbox", FixedDelay.of(every)).execute((instance, context) -> poll());
    }

    /** Reads the mailbox once; returns how many messages it took in. */
    int poll() {
        Optional<Mailbox> mailbox = mailbox();
        if (mailbox.isEmpty()) {
            return 0;
        }
        Session session = Session.getInstance(new Properties());
        int taken = 0;
        try (Store store = session.getStore(mailbox.get().ssl() ? "imaps" : "imap")) {
            store.connect(mailbox.get().host(), mailbox.get().port(), mailbox.get().username(), mailbox.get().password());
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_WRITE);
            try {
                for (Message message : folder.getMessages()) {
                    if (message.isSet(Flags.Flag.DELETED)) {
                        continue;
                    }
                    take(session, message);
                    // Removed from the mailbox only now, after the commit: read again after a crash, and recognised.
                    message.setFlag(Flags.Flag.DELETED, true);
                    taken++;
                }
            } finally {
                folder.close(true);
            }
        } catch (MessagingException | IOException | RuntimeException failed) {
            log.warn("Reading the concern mailbox failed after {} message(s); the rest waits for the next round: {}", taken,
                    failed.toString());
        }
        return taken;
    }

    private record Mailbox(String host, int port, String username, String password, boolean ssl) {
    }

    /** The configured mailbox, or on the embedded default the embedded mail server's (login = the address). */
    private Optional<Mailbox> mailbox() {
        if (!host.isBlank()) {
            return Optional.of(new Mailbox(host, port, username, password, ssl));
        }
        GreenMail greenMail = embeddedMail.getIfAvailable();
        if (greenMail == null) {
            return Optional.empty();
        }
        if (greenMail.getUserManager().getUser(address) == null) {
            greenMail.setUser(address, address, address);
        }
        return Optional.of(new Mailbox("127.0.0.1", greenMail.getImap().getPort(), address, address, false));
    }

    private void take(Session session, Message message) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        take(session, out.toByteArray());
    }

    /** Takes in one message given as its raw bytes (RFC 5322), in one transaction. */
    Outcome take(Session session, byte[] raw) {
        return transactions.execute(status -> {
            MimeMessage mime;
            String messageId;
            try {
                mime = new MimeMessage(session, new ByteArrayInputStream(raw));
                messageId = Optional.ofNullable(mime.getMessageID()).map(String::strip).filter(id -> !id.isEmpty())
                        .orElseGet(() -> "<sha256-" + sha256(raw) + "@lotse.invalid>");
            } catch (MessagingException unreadable) {
                String id = "<sha256-" + sha256(raw) + "@lotse.invalid>";
                if (!inbound.seen(Channel.EMAIL, id)) {
                    inbound.record(Channel.EMAIL, id, Optional.empty(), "", Outcome.UNREADABLE, Optional.empty(),
                            kept(raw), raw.length, clock.instant());
                }
                return Outcome.UNREADABLE;
            }
            if (inbound.seen(Channel.EMAIL, messageId)) {
                return null; // taken in before a crash or by another instance: already on the timeline
            }
            try {
                return takeIn(mime, messageId, raw);
            } catch (MessagingException | IOException unreadable) {
                inbound.record(Channel.EMAIL, messageId, Optional.empty(), "", Outcome.UNREADABLE,
                        Optional.empty(), kept(raw), raw.length, clock.instant());
                return Outcome.UNREADABLE;
            }
        });
    }

    private Outcome takeIn(MimeMessage mime, String messageId, byte[] raw) throws MessagingException, IOException {
        Optional<String> sender = MailReading.sender(mime);
        String subject = MailReading.subject(mime);
        var now = clock.instant();
        if (MailReading.bounce(mime)) {
            MailReading.bouncedIds(mime, raw).forEach(id -> deliveries.bounced(id, "bounced: " + subject, now));
            inbound.record(Channel.EMAIL, messageId, sender, subject, Outcome.BOUNCE, Optional.empty(), kept(raw),
                    raw.length, now);
            return Outcome.BOUNCE;
        }
        Optional<ConcernId> thread = thread(mime, sender, subject);
        if (MailReading.automatic(mime)) {
            inbound.record(Channel.EMAIL, messageId, sender, subject, Outcome.AUTO_REPLY, thread, kept(raw),
                    raw.length, now);
            return Outcome.AUTO_REPLY;
        }
        if (sender.isEmpty()) {
            // Nobody to answer and no address to know the person by: kept as it came, for a look by hand.
            log.warn("Mail {} without a readable sender kept as unreadable", messageId);
            inbound.record(Channel.EMAIL, messageId, sender, subject, Outcome.UNREADABLE, thread, kept(raw),
                    raw.length, now);
            return Outcome.UNREADABLE;
        }
        String text = fitted(readable(mime), subject);
        // A closed concern takes no more messages: the citizen writes about something new, or again; a new concern.
        if (thread.isPresent() && replies.takesMessages(thread.get())) {
            int position = citizens.addMessageFromChannel(thread.get(), text, "email:" + messageId).position();
            UUID record = inbound.record(Channel.EMAIL, messageId, sender, subject, Outcome.ADDED, thread,
                    kept(raw), raw.length, now);
            keepFiles(mime, record, thread.get(), position);
            return Outcome.ADDED;
        }
        // Many new concerns from one address within an hour (a loop, a flood): the rest joins the latest one, or is held.
        if (inbound.concernsStartedBy(Channel.EMAIL, sender.get(), now.minus(Duration.ofHours(1))) >= newConcernsPerHour) {
            Optional<ConcernId> latest = inbound.latestConcernOf(Channel.EMAIL, sender.get())
                    .filter(replies::takesMessages);
            if (latest.isPresent()) {
                int position = citizens.addMessageFromChannel(latest.get(), newConcernText(subject, text),
                        "email:" + messageId).position();
                UUID record = inbound.record(Channel.EMAIL, messageId, sender, subject, Outcome.ADDED, latest,
                        kept(raw), raw.length, now);
                keepFiles(mime, record, latest.get(), position);
                return Outcome.ADDED;
            }
            log.warn("Mail {} held: its sender started more than {} new concerns in an hour", messageId, newConcernsPerHour);
            inbound.record(Channel.EMAIL, messageId, sender, subject, Outcome.HELD, Optional.empty(), kept(raw),
                    raw.length, now);
            return Outcome.HELD;
        }
        Language language = languageOf(mime, subject + "\n" + text);
        Receipt receipt = intake.submit(new ConcernDraft("QUESTION", null, null, newConcernText(subject, text), null,
                null, MailReading.senderName(mime).map(name -> name.length() > IntakeValidation.MAX_NAME_LENGTH
                        ? name.substring(0, IntakeValidation.MAX_NAME_LENGTH) : name).orElse(null),
                postcodeIn(text), false, "EMAIL", sender.get(), null, language.code(), false),
                Optional.of("email:" + messageId));
        ConcernId created = replies.concernOf(receipt.reference(), sender.get()).orElseThrow();
        UUID record = inbound.record(Channel.EMAIL, messageId, sender, subject, Outcome.NEW_CONCERN,
                Optional.of(created), kept(raw), raw.length, now);
        keepFiles(mime, record, created, 1);
        acknowledge(created, receipt, sender.get(), messageId, language);
        return Outcome.NEW_CONCERN;
    }

    private void keepFiles(MimeMessage mime, UUID record, ConcernId concern, int position) {
        try {
            for (Attachments.Incoming file : MailReading.attachments(mime, attachments.maxSize())) {
                attachments.store(record, concern, position, file, clock.instant());
            }
        } catch (MessagingException | IOException | RuntimeException broken) {
            // Broken MIME structure: the files stay in the kept original.
            log.info("Attachments not readable ({}); the original is kept", broken.toString());
        }
    }

    private Optional<ConcernId> thread(MimeMessage mime, Optional<String> sender, String subject)
            throws MessagingException {
        for (String token : MailReading.plusTags(mime, address)) {
            Optional<ConcernId> addressed = replyAddresses.concernOf(token);
            if (addressed.isPresent()) {
                return addressed;
            }
        }
        for (String id : MailReading.answers(mime)) {
            Optional<ConcernId> answered = deliveries.concernOfMessage(id);
            if (answered.isPresent()) {
                return answered;
            }
        }
        if (sender.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = REFERENCE_IN_TEXT.matcher(subject);
        while (matcher.find()) {
            Optional<ConcernId> named = Reference.parse(matcher.group())
                    .flatMap(reference -> replies.concernOf(reference, sender.get()));
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    /** The acknowledgement, worded now because only now is the status link known; sent by the delivery queue. */
    private void acknowledge(ConcernId concern, Receipt receipt, String recipient, String answering, Language language) {
        String link = publicUrl + "/status/" + receipt.secret().value();
        String text = citizenTexts.text("mail.ack.text", language, receipt.reference().value(), link);
        String subject = citizenTexts.subject("mail.ack.subject", language, receipt.reference().value());
        replyDelivery.queueWorded(concern, 1, Channel.EMAIL, recipient,
                new Deliveries.Worded(subject, text, receipt.reference(), language, Optional.of(answering)));
    }

    /**
     * The language to answer in: what the words are written in, else what the mail program declares
     * ({@code Content-Language}, often just the program's own setting), else German.
     */
    private Language languageOf(MimeMessage mime, String text) {
        return writtenLanguage.of(text).or(() -> MailReading.declaredLanguage(mime).flatMap(Language::byCode))
                .orElse(Language.GERMAN);
    }

    /** What the sender wrote; a body Jakarta Mail cannot take apart (broken MIME) is said to be unreadable. */
    private String readable(MimeMessage mime) {
        try {
            return MailReading.text(mime);
        } catch (MessagingException | IOException | RuntimeException broken) {
            log.info("Mail body not readable ({}); the original is kept", broken.toString());
            return texts.getMessage("mail.inbound.unreadable", null, Language.GERMAN.locale());
        }
    }

    /** The text as the timeline takes it: never empty, and within the length a concern's text may have. */
    private String fitted(String text, String subject) {
        String body = text.isBlank() ? texts.getMessage("mail.inbound.noText", null, Language.GERMAN.locale()) : text;
        int room = IntakeValidation.MAX_DESCRIPTION_LENGTH - 200;
        if (body.length() > room) {
            body = body.substring(0, room) + "\n\n" + texts.getMessage("mail.inbound.cut", null, Language.GERMAN.locale());
        }
        return body;
    }

    private String newConcernText(String subject, String text) {
        return subject.isBlank() ? text
                : texts.getMessage("mail.inbound.subject", new Object[] { subject }, Language.GERMAN.locale()) + "\n\n" + text;
    }

    private static String postcodeIn(String text) {
        Matcher matcher = HAMBURG_POSTCODE.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The original is kept unless it is bigger than the limit; then only its size is recorded. */
    private byte[] kept(byte[] raw) {
        return raw.length <= maxRawBytes ? raw : null;
    }

    private static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static {
        // Jakarta Mail should not fail on transfer encodings it does not know; MailReading reads the bytes then.
        System.setProperty("mail.mime.ignoreunknownencoding", "true");
        // Jakarta Mail 2.1 and Activation look their providers up with a ServiceLoader on every header block, body
        // part and multipart (jakartaee/mail-api#699, #861): in a Spring Boot jar that scans the nested jars each time,
        // and was 40 % of the CPU of taking mail in. Naming the providers skips the scan.
        System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        System.setProperty("jakarta.activation.spi.MimeTypeRegistryProvider",
                "org.eclipse.angus.activation.MimeTypeRegistryProviderImpl");
        System.setProperty("jakarta.activation.spi.MailcapRegistryProvider",
                "org.eclipse.angus.activation.MailcapRegistryProviderImpl");
    }
}
