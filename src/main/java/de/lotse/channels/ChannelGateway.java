package de.lotse.channels;

import java.util.Optional;

import de.lotse.concerns.ConcernReplies.ReplyToDeliver;

/** The port every channel adapter implements: it hands a reply to its channel. */
public interface ChannelGateway {

    Channel channel();

    /** Whether the Jobcenter runs this channel (it is configured); citizens are offered only channels that are on. */
    default boolean switchedOn() {
        return true;
    }

    /** The citizen's address on this channel for this reply's concern, or empty if there is none. */
    Optional<String> recipient(ReplyToDeliver reply);

    /**
     * Where a short service notice about an appointment (a callback booked, a call missed) may go. Usually where
     * replies go; a channel may also use an address the citizen gave for it but did not choose for answers (an e-mail
     * or mobile number given beside a callback request), since such a notice carries no content of the concern.
     */
    default Optional<String> noticeRecipient(ReplyToDeliver reply) {
        return recipient(reply);
    }

    /**
     * Hands the message to the channel. Returns normally once the channel has accepted it, with the id the channel
     * gave it if it reports on it later.
     *
     * @throws DeliveryFailed when it did not, saying whether trying again may help
     */
    Optional<String> send(OutboundMessage message) throws DeliveryFailed;
}
