package de.lotse.deadlines;

/** The Rechtsbehelfsbelehrung at the end of a Bescheid, which decides between one month and one year (§66 SGG). */
public enum Instruction {
    CORRECT, MISSING, WRONG, UNKNOWN;

    /** Whether the long period applies; an unknown instruction is taken as correct, so the earlier end is shown. */
    boolean faulty() {
        return this == MISSING || this == WRONG;
    }
}
