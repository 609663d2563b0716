package de.lotse.channels;

/**
 * Lets a channel adapter's test (in its own package) try the deliveries that are due now, as the recurring task does
 * every 30 seconds, instead of waiting for it.
 */
public final class DueDeliveries {

    private DueDeliveries() {
    }

    /** Tries the due deliveries; returns how many it tried. */
    public static int tryNow(ReplyDelivery replyDelivery) {
        return replyDelivery.retryDue();
    }
}
