package de.lotse.concerns;

/**
 * No concern with this reference that the asking person may see. Deliberately the same whether it does not exist or
 * belongs to another site, so that guessing references tells nothing.
 */
public class ConcernNotFound extends RuntimeException {

    public ConcernNotFound() {
        super("No such concern for this person");
    }
}
