package de.lotse.concerns;

/** A lifecycle step that is not possible from the concern's current status (DESIGN.md §4). */
public class IllegalTransition extends RuntimeException {

    private final ConcernStatus from;
    private final String step;

    public IllegalTransition(ConcernStatus from, String step) {
        super("Cannot " + step + " a concern that is " + from);
        this.from = from;
        this.step = step;
    }

    public ConcernStatus from() {
        return from;
    }

    public String step() {
        return step;
    }
}
