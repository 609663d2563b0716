package de.lotse.channels;

/**
 * A channel could not take a message. Temporary failures (server down, rate limit) are tried again later; permanent
 * ones (the address does not exist) end the delivery at once.
 */
public class DeliveryFailed extends Exception {

    private final boolean permanent;

    public DeliveryFailed(String reason, boolean permanent, Throwable cause) {
        super(reason, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
