package de.lotse.concerns;

/** A closed concern takes no more messages from the citizen. */
public class ConcernClosed extends RuntimeException {

    private final Reference reference;

    public ConcernClosed(Reference reference) {
        super("Concern " + reference + " is closed");
        this.reference = reference;
    }

    public Reference reference() {
        return reference;
    }
}
