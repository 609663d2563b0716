package de.lotse.channels;

import java.util.Optional;
import java.util.UUID;

import de.lotse.concerns.ConcernReplies.ReplyToDeliver;
import de.lotse.concerns.Reference;
import de.lotse.language.Language;

/**
 * A message on its way out, with what a channel needs to thread it: the id it was queued under and the message id
 * fixed then (repeated sends carry the same one). Either a staff reply, which the channel words in the citizen's
 * language, or a text worded already (an acknowledgement) with its subject.
 *
 * @param inReplyTo the channel's id of the citizen's message this answers, if any
 */
public record OutboundMessage(UUID deliveryId, de.lotse.concerns.ConcernId concern, String recipient, String externalId,
        Reference reference,
        Language language, Optional<ReplyToDeliver> reply, Optional<String> subject, Optional<String> text,
        Optional<String> inReplyTo) {

    static OutboundMessage reply(Deliveries.Due delivery, ReplyToDeliver reply) {
        return new OutboundMessage(delivery.id(), delivery.concern(), delivery.recipient(), delivery.externalId(),
                reply.reference(),
                reply.language(), Optional.of(reply), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
