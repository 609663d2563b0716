package de.lotse.concerns;

/** Where a concern stands; see DESIGN.md §4 for the lifecycle. */
public enum ConcernStatus {
    RECEIVED, ACKNOWLEDGED, IN_PROGRESS, WAITING_FOR_CITIZEN, WAITING_FOR_PARTNER, RESOLVED, CLOSED;

    /** Still work to do: neither resolved nor closed. The inbox shows these unless asked otherwise. */
    public boolean open() {
        return this != RESOLVED && this != CLOSED;
    }

    /** Whether the citizen can still add to the concern; a closed one needs a new concern (or a reopening by staff). */
    public boolean acceptsCitizenMessages() {
        return this != CLOSED;
    }
}
