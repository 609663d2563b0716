package de.lotse.channels;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import de.lotse.concerns.ConcernEvents.StaffReplied;
import de.lotse.concerns.ConcernReplies;
import de.lotse.concerns.ConcernReplies.DeliveryNote;
import de.lotse.concerns.ConcernReplies.ReplyToDeliver;

/**
 * Carries staff replies to the citizen on the channel they chose. The outbox (Modulith's event publication registry)
 * hands each reply over after its commit, at least once; the delivery queue makes that exactly one delivery per reply
 * and channel. The first attempt follows at once; failed ones are tried again with growing pauses by a recurring
 * db-scheduler task, safe with several instances (rows are claimed with SKIP LOCKED).
 */
@Configuration(proxyBeanMethods = false)
public class ReplyDelivery implements ConcernReplies.DeliveryNotes {

    private static final Logger log = LoggerFactory.getLogger(ReplyDelivery.class);

    /** Pauses before the 2nd, 3rd, … attempt; after the last one the delivery has failed (about a day in all). */
    static final List<Duration> RETRY_PAUSES = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2),
            Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6),
            Duration.ofHours(12));

    /** Deliveries one run of the retry task tries at most, so that it hands its thread back now and then. */
    static final int RETRIES_PER_RUN = 2000;

    private final Deliveries deliveries;
    private final ConcernReplies replies;
    private final Map<Channel, ChannelGateway> gateways;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String messageIdDomain;
    private final org.springframework.context.ApplicationEventPublisher events;

    private final Attachments attachments;
    private final Bindings bindings;
    private final CitizenTexts texts;
    private final String publicUrl;

    ReplyDelivery(Deliveries deliveries, ConcernReplies replies, List<ChannelGateway> gateways,
            TransactionTemplate transactions, Clock clock, org.springframework.context.ApplicationEventPublisher events,
            @Value("${lotse.channels.message-id-domain:lotse.jobcenter.invalid}") String messageIdDomain,
            Attachments attachments, CitizenTexts texts,
            @Value("${lotse.public-url:}") String publicUrl, Bindings bindings) {
        this.bindings = bindings;
        this.attachments = attachments;
        this.texts = texts;
        this.publicUrl = publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.strip();
        this.events = events;
        this.deliveries = deliveries;
        this.replies = replies;
        this.gateways = gateways.stream().collect(Collectors.toMap(ChannelGateway::channel, Function.identity()));
        this.transactions = transactions;
        this.clock = clock;
        this.messageIdDomain = messageIdDomain;
    }

    @ApplicationModuleListener
    void on(StaffReplied replied) {
        Optional<ReplyToDeliver> reply = replies.reply(replied.concern(), replied.position(), "outbox");
        if (reply.isEmpty()) {
            return;
        }
        // Every channel the citizen can be reached on for this concern: the contact they gave, and messengers they
        // connected. With none, they read replies on the status page only.
        Instant now = clock.instant();
        for (ChannelGateway gateway : gateways.values()) {
            gateway.recipient(reply.get()).flatMap(recipient -> deliveries.queue(replied.concern(), replied.position(),
                    gateway.channel(), recipient, messageIdDomain, now))
                    .ifPresent(queued -> attempt(queued, OutboundMessage.reply(queued, reply.get()), now));
        }
    }

    /**
     * A new concern is acknowledged on the written channels the citizen gave (e-mail, SMS), in their language, with
     * the reference and the status link. A concern that came in by e-mail or messenger was acknowledged there already
     * (the same delivery key: reply position 1 on that channel), so it is not acknowledged twice.
     */
    @ApplicationModuleListener
    void on(de.lotse.concerns.ConcernEvents.ConcernReceived received) {
        de.lotse.concerns.ContactChannel contact = received.contactChannel();
        if (contact != de.lotse.concerns.ContactChannel.EMAIL && contact != de.lotse.concerns.ContactChannel.SMS) {
            return; // nobody to write to: no read of the citizen's data either
        }
        if (contact == de.lotse.concerns.ContactChannel.EMAIL && deliveries.queued(received.concern(), 1, Channel.EMAIL)) {
            return; // came in by e-mail and was acknowledged there
        }
        Optional<ReplyToDeliver> address = replies.addressOf(received.concern(), "outbox");
        if (address.isEmpty()) {
            return;
        }
        if (contact == de.lotse.concerns.ContactChannel.SMS) {
            // The number is connected from the start, so that texts back from it join this concern.
            address.get().contact().phone().ifPresent(phone ->
                    bindings.bind(received.concern(), Channel.SMS, phone, clock.instant()));
        }
        de.lotse.language.Language language = address.get().language();
        String link = publicUrl + address.get().statusPath();
        String reference = received.reference().value();
        for (ChannelGateway gateway : gateways.values()) {
            String text = gateway.channel() == Channel.SMS
                    ? texts.shortText("sms.ack", language, locale -> new Object[] { reference, link })
                    : texts.text("mail.ack.text", language, reference, link);
            gateway.recipient(address.get()).ifPresent(recipient -> queueWorded(received.concern(), 1, gateway.channel(),
                    recipient, new Deliveries.Worded(texts.subject("mail.ack.subject", language, reference), text,
                            received.reference(), language, Optional.empty())));
        }
    }

    /**
     * A callback that did not reach the citizen: on every channel they can be reached on in writing, they hear that we
     * tried and will try again (the phone alone cannot tell them).
     */
    @ApplicationModuleListener
    void on(de.lotse.concerns.ConcernEvents.CallbackMissed missed) {
        Optional<ReplyToDeliver> address = replies.addressOf(missed.concern(), "outbox");
        if (address.isEmpty()) {
            return;
        }
        de.lotse.language.Language language = address.get().language();
        String text = texts.text("channels.callbackMissed.text", language, missed.reference().value());
        String subject = texts.subject("channels.callbackMissed.subject", language, missed.reference().value());
        for (ChannelGateway gateway : gateways.values()) {
            gateway.noticeRecipient(address.get()).ifPresent(recipient -> queueWorded(missed.concern(), missed.position(),
                    gateway.channel(), recipient, new Deliveries.Worded(subject, text, missed.reference(),
                            address.get().language(), Optional.empty())));
        }
    }

    /**
     * A callback request is confirmed in writing where the citizen can be reached (a mobile number by SMS, an e-mail
     * address given beside it): the window or the latest time we call, the reference and the status link. The notice
     * carries nothing of the concern itself.
     */
    @ApplicationModuleListener
    void on(de.lotse.concerns.ConcernEvents.CallbackRequested requested) {
        Optional<ReplyToDeliver> address = replies.addressOf(requested.concern(), "outbox");
        if (address.isEmpty()) {
            return;
        }
        de.lotse.language.Language language = address.get().language();
        java.time.ZonedDateTime callBy = requested.callBy().atZone(de.lotse.calendar.HamburgCalendar.ZONE);
        Optional<java.time.ZonedDateTime> from = requested.windowStart()
                .map(start -> start.atZone(de.lotse.calendar.HamburgCalendar.ZONE));
        String link = publicUrl + address.get().statusPath();
        String reference = requested.reference().value();
        java.util.function.Function<java.util.Locale, Object[]> arguments = locale -> {
            de.lotse.language.LocalFormats formats = de.lotse.language.LocalFormats.of(locale);
            // Each language's pattern is its translator's: "d MMMM (EEEE)" spares Ukrainian a weekday's case ending.
            return new Object[] { reference, formats.pattern(texts.in(locale, "channels.callbackBooked.dayPattern"),
                    from.orElse(callBy)),
                    from.map(start -> formats.time(start.toLocalTime())).orElse(""), formats.time(callBy.toLocalTime()),
                    link };
        };
        String window = from.isPresent() ? "window" : "soon";
        String subject = texts.subject("channels.callbackBooked.subject", language, reference);
        for (ChannelGateway gateway : gateways.values()) {
            String key = "channels.callbackBooked." + window;
            String text = gateway.channel() == Channel.SMS ? texts.shortText(key + ".sms", language, arguments)
                    : texts.text(key + ".text", language, arguments);
            gateway.noticeRecipient(address.get()).ifPresent(recipient -> {
                if (gateway.channel() == Channel.SMS) {
                    // An SMS answer to the confirmation ("I can't at ten") joins this concern.
                    bindings.bind(requested.concern(), Channel.SMS, recipient, clock.instant());
                }
                queueWorded(requested.concern(), 1, gateway.channel(), recipient,
                        new Deliveries.Worded(subject, text, requested.reference(), language, Optional.empty()));
            });
        }
    }

    /**
     * The objection deadline of the Bescheid the concern cites ends soon: the citizen hears it on the channels they
     * write on, with the formal route, because the concern does not stop the deadline. Reminders are no timeline
     * entries; their deliveries take the places −7 and −3.
     */
    @ApplicationModuleListener
    void on(de.lotse.concerns.ConcernEvents.ObjectionDeadlineNearing nearing) {
        Optional<ReplyToDeliver> address = replies.addressOf(nearing.concern(), "outbox");
        if (address.isEmpty()) {
            return;
        }
        de.lotse.language.Language language = address.get().language();
        String link = publicUrl + address.get().statusPath();
        String reference = nearing.reference().value();
        // Numbers go in as text: MessageFormat would write Arabic-Indic digits for Arabic (see LocalFormats).
        java.util.function.Function<java.util.Locale, Object[]> arguments = locale -> new Object[] { reference,
                de.lotse.language.LocalFormats.of(locale).pattern(texts.in(locale, "channels.deadline.dayPattern"),
                        nearing.endsOn()),
                de.lotse.language.LocalFormats.of(locale).number(nearing.daysLeft()), link };
        String subject = texts.subject("channels.deadline.subject", language, reference);
        for (ChannelGateway gateway : gateways.values()) {
            String text = gateway.channel() == Channel.SMS ? texts.shortText("channels.deadline.sms", language, arguments)
                    : texts.text("channels.deadline.text", language, arguments);
            gateway.recipient(address.get()).ifPresent(recipient -> queueWorded(nearing.concern(),
                    -nearing.reminderDaysBefore(), gateway.channel(), recipient,
                    new Deliveries.Worded(subject, text, nearing.reference(), language, Optional.empty())));
        }
    }

    /** A message worded already was queued; it is tried as soon as the queueing transaction has committed. */
    public record WordedQueued(java.util.UUID delivery) {
    }

    /**
     * Queues a message worded already (an acknowledgement of an incoming message) for the channel, in the caller's
     * transaction; the first attempt follows the commit, through the outbox.
     */
    public void queueWorded(de.lotse.concerns.ConcernId concern, int position, Channel channel, String recipient,
            Deliveries.Worded worded) {
        deliveries.queue(concern, position, channel, recipient, messageIdDomain, Optional.of(worded), clock.instant())
                .ifPresent(queued -> events.publishEvent(new WordedQueued(queued.id())));
    }

    @ApplicationModuleListener
    void on(WordedQueued queued) {
        deliveries.claim(queued.delivery()).ifPresent(delivery -> attempt(delivery, worded(delivery), clock.instant()));
    }

    private static OutboundMessage worded(Deliveries.Due delivery) {
        Deliveries.Worded worded = delivery.worded().orElseThrow();
        return new OutboundMessage(delivery.id(), delivery.concern(), delivery.recipient(), delivery.externalId(),
                worded.reference(),
                worded.language(), Optional.empty(), Optional.of(worded.subject()), Optional.of(worded.text()),
                worded.inReplyTo());
    }

    @Bean
    RecurringTask<Void> channelDeliveriesTask(@Value("${lotse.channels.retry-check:30s}") Duration every) {
        return Tasks.recurring("channel-deliveries", FixedDelay.of(every))
                .execute((instance, context) -> retryDue());
    }

    /**
     * Tries the deliveries whose pause is over, up to {@link #RETRIES_PER_RUN}; returns how many it tried. Each delivery
     * is claimed, sent and marked in a transaction of its own: were they one transaction, a failure (or a kill of the
     * JVM) after some sends would roll back their "sent" marks and send those messages a second time. The limit is
     * high because a mail server back after an outage finds thousands waiting (50 every 30 s took hours).
     */
    int retryDue() {
        int tried = 0;
        while (tried < RETRIES_PER_RUN && Boolean.TRUE.equals(transactions.execute(status -> retryOneDue()))) {
            tried++;
        }
        return tried;
    }

    private boolean retryOneDue() {
        Instant now = clock.instant();
        Optional<Deliveries.Due> due = deliveries.claimNextDue(now);
        if (due.isEmpty()) {
            return false;
        }
        Deliveries.Due delivery = due.get();
        if (delivery.worded().isPresent()) {
            attempt(delivery, worded(delivery), now);
            return true;
        }
        Optional<ReplyToDeliver> reply = replies.reply(delivery.concern(), delivery.position(),
                delivery.channel().name().toLowerCase(java.util.Locale.ROOT));
        if (reply.isEmpty()) {
            deliveries.failed(delivery.id(), "reply no longer exists", now);
        } else {
            attempt(delivery, OutboundMessage.reply(delivery, reply.get()), now);
        }
        return true;
    }

    private void attempt(Deliveries.Due delivery, OutboundMessage message, Instant now) {
        ChannelGateway gateway = gateways.get(delivery.channel());
        try {
            if (gateway == null) {
                throw new DeliveryFailed("channel " + delivery.channel() + " is switched off", false, null);
            }
            Optional<String> providerId = gateway.send(message);
            deliveries.sent(delivery.id(), now);
            providerId.ifPresent(id -> deliveries.providerId(delivery.id(), id));
            log.info("Message {}#{} sent by {}", message.reference(), delivery.position(), delivery.channel());
        } catch (DeliveryFailed failed) {
            String reason = failed.getMessage();
            int attemptsMade = delivery.attempts() + 1;
            if (failed.permanent() || attemptsMade > RETRY_PAUSES.size()) {
                deliveries.failed(delivery.id(), reason, now);
                log.warn("Message {}#{} by {} failed for good after {} attempt(s): {}", message.reference(),
                        delivery.position(), delivery.channel(), attemptsMade, reason);
            } else {
                deliveries.retryAt(delivery.id(), now.plus(RETRY_PAUSES.get(attemptsMade - 1)), reason, now);
                log.info("Message {}#{} by {} not sent yet (attempt {}): {}", message.reference(), delivery.position(),
                        delivery.channel(), attemptsMade, reason);
            }
        }
    }

    @Override
    public List<de.lotse.concerns.ConcernReplies.AttachmentNote> attachmentsOf(de.lotse.concerns.ConcernId concern) {
        return attachments.of(concern);
    }

    @Override
    public List<DeliveryNote> of(de.lotse.concerns.ConcernId concern) {
        return deliveries.ofConcern(concern).stream()
                .map(row -> new DeliveryNote(row.position(), row.channel().name(), row.status().name(), row.attempts(),
                        row.lastError(), row.nextAttempt(), row.updatedAt()))
                .toList();
    }
}
