package de.lotse.concerns;

import java.util.Optional;

/**
 * A call to the citizen as staff noted it: how it went, how long it took, what comes next. Kept on the timeline (for
 * staff only) in the body of a CALL entry.
 */
public record CallNote(CallOutcome outcome, int minutes, String note) {

    public static final int MAX_MINUTES = 240;

    public CallNote {
        if (minutes < 0 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("Call minutes out of range: " + minutes);
        }
        note = note == null ? "" : note;
    }

    String body() {
        return outcome.name() + "|" + minutes + "|" + note;
    }

    /** The note of a CALL entry's body. */
    public static Optional<CallNote> of(TimelineEntry entry) {
        if (entry.type() != TimelineEntry.Type.CALL || entry.body().isEmpty()) {
            return Optional.empty();
        }
        String[] parts = entry.body().get().split("\\|", 3);
        try {
            return Optional.of(new CallNote(CallOutcome.valueOf(parts[0]), Integer.parseInt(parts[1]),
                    parts.length > 2 ? parts[2] : ""));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException malformed) {
            return Optional.empty();
        }
    }
}
