package de.lotse.concerns;

import java.util.List;

/**
 * What the Jobcenter offers citizens beyond the web, as the channels module knows it (implemented there): the intake
 * form offers SMS only when an SMS gateway runs, and names the messengers a concern can be connected to.
 */
public interface ChannelOffer {

    boolean smsOn();

    /** The messengers switched on, by their names as people know them ("Telegram", "WhatsApp" …). */
    List<String> messengers();
}
