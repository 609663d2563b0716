package de.lotse.channels;

import de.lotse.concerns.ContactChannel;

/** The port every channel adapter implements: it hands a reply to its channel. */
public interface ChannelGateway {

    ContactChannel channel();

    /** The citizen's address on this channel, or empty if the concern has none. */
    java.util.Optional<String> recipient(de.lotse.concerns.Contact contact);

    /**
     * Hands the message to the channel. Returns normally once the channel has accepted it.
     *
     * @throws DeliveryFailed when it did not, saying whether trying again may help
     */
    void send(OutboundMessage message) throws DeliveryFailed;
}
