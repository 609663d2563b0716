package de.lotse.concerns;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lotse.language.Language;
import de.lotse.privacy.AccessLog;
import de.lotse.privacy.PersonalDataRead;

/**
 * What channels need to carry a staff reply to the citizen: the text, the way to reach them and their language. Each
 * read is logged, as any read of a concern's personal data (actor: the channel).
 */
@Service
public class ConcernReplies {

    /** A reply to deliver, as the citizen should get it. */
    /** @param statusPath the citizen's status page ({@code /status/<secret>}), derived again from its stored salt */
    public record ReplyToDeliver(ConcernId concern, Reference reference, Contact contact, Language language, String text,
            Instant writtenAt, String statusPath) {
    }

    /**
     * How a reply left Lotse on a channel, for the concern page.
     *
     * @param status QUEUED, SENT, DELIVERED, READ or FAILED
     * @param problem why the last attempt failed, if it did
     * @param nextAttempt when a queued delivery is tried again
     */
    public record DeliveryNote(int position, String channel, String status, int attempts,
            Optional<String> problem, Optional<Instant> nextAttempt, Instant updatedAt) {
    }

    /**
     * A file that came with a citizen's message on a channel, for the concern page.
     *
     * @param outcome KEPT (can be opened), TYPE_REFUSED or TOO_BIG (kept only in the original message)
     */
    public record AttachmentNote(java.util.UUID id, int position, String filename, Optional<String> contentType, long size,
            String outcome) {
    }

    /**
     * Implemented by the channels: how replies left on a channel, and what files came in. Declared here so that the
     * concern page can show them without the case core depending on the channels.
     */
    public interface DeliveryNotes {
        List<DeliveryNote> of(ConcernId concern);

        default List<AttachmentNote> attachmentsOf(ConcernId concern) {
            return List.of();
        }
    }

    private final Concerns concerns;
    private final AccessLog accessLog;
    private final Clock clock;
    private final StatusLinks statusLinks;
    private final MessageSource texts;

    private String statusPath(Concern concern) {
        return "/status/" + statusLinks.derive(concern.keys().statusLinkSalt()).value();
    }

    ConcernReplies(Concerns concerns, AccessLog accessLog, Clock clock, StatusLinks statusLinks, MessageSource texts) {
        this.statusLinks = statusLinks;
        this.texts = texts;
        this.concerns = concerns;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /**
     * The concern a message on a channel belongs to when it names the reference and comes from the address the
     * citizen gave: the reference alone grants nothing, so a stranger who knows it starts a concern of their own.
     */
    @Transactional(readOnly = true)
    public Optional<ConcernId> concernOf(Reference reference, String senderEmail) {
        return concerns.byReference(reference)
                .filter(concern -> concern.content().contact().email()
                        .map(address -> address.equalsIgnoreCase(senderEmail.strip())).orElse(false))
                .map(Concern::id);
    }

    /** The id of a concern by its reference (for a channel that has just created it). */
    @Transactional(readOnly = true)
    public ConcernId concernIdOf(Reference reference) {
        return concerns.byReference(reference).map(Concern::id).orElseThrow(ConcernNotFound::new);
    }

    /** The reference of a concern, as text (for a channel confirming a connection). */
    @Transactional(readOnly = true)
    public String referenceOf(ConcernId id) {
        return referenceOfConcern(id).value();
    }

    @Transactional(readOnly = true)
    public Reference referenceOfConcern(ConcernId id) {
        return concerns.byId(id).map(Concern::reference).orElseThrow(ConcernNotFound::new);
    }

    /** Whether the concern still takes messages from the citizen (it is not closed). */
    @Transactional(readOnly = true)
    public boolean takesMessages(ConcernId id) {
        return concerns.byId(id).map(concern -> concern.status().acceptsCitizenMessages()).orElse(false);
    }

    /** How to reach the citizen of a concern, for a message a channel words itself (the text is empty). */
    @Transactional
    public Optional<ReplyToDeliver> addressOf(ConcernId id, String channel) {
        return concerns.byId(id).map(concern -> {
            accessLog.record(new PersonalDataRead(CitizenAccess.SUBJECT, id.value(), "channel:" + channel,
                    "notify", clock.instant()));
            return new ReplyToDeliver(id, concern.reference(), concern.content().contact(), concern.preferredLanguage(), "",
                    clock.instant(), statusPath(concern));
        });
    }

    /**
     * A reply as the citizen gets it on a channel: the translation into their language first, then the original
     * that staff wrote, under a heading in the citizen's language, so that nothing is lost in translation.
     */
    String asCitizenReads(TimelineEntry reply, Language language) {
        String original = reply.body().orElse("");
        return reply.translation().map(translation -> translation.text() + "\n\n"
                + texts.getMessage("reply.originalBelow", null, language.locale()) + "\n" + original).orElse(original);
    }

    /** The staff reply at this timeline position, if there is one. */
    @Transactional
    public Optional<ReplyToDeliver> reply(ConcernId id, int position, String channel) {
        return concerns.byId(id).flatMap(concern -> concern.timeline().stream()
                .filter(entry -> entry.position() == position && entry.type() == TimelineEntry.Type.STAFF_REPLY)
                .findFirst()
                .map(entry -> {
                    accessLog.record(new PersonalDataRead(CitizenAccess.SUBJECT, id.value(), "channel:" + channel,
                            "deliver-reply", clock.instant()));
                    return new ReplyToDeliver(id, concern.reference(), concern.content().contact(),
                            concern.preferredLanguage(), asCitizenReads(entry, concern.preferredLanguage()),
                            entry.occurredAt(), statusPath(concern));
                }));
    }
}
