package de.lotse.concerns;

/**
 * The same idempotency key came with different content: most likely the citizen went back, changed the form and sent
 * it again. Nothing is created; the citizen is shown the earlier concern and can send the new text as a new one.
 */
public class IdempotencyKeyReused extends RuntimeException {

    private final Reference earlier;

    public IdempotencyKeyReused(Reference earlier) {
        super("Idempotency key already used for " + earlier);
        this.earlier = earlier;
    }

    public Reference earlier() {
        return earlier;
    }
}
