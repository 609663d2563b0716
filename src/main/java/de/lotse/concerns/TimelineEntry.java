package de.lotse.concerns;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import de.lotse.language.Language;

/**
 * One line in a concern's history. The audience decides who may read it: the citizen sees only CITIZEN entries on
 * the status page; INTERNAL entries are for staff. The actor is the staff member who wrote it (empty for the citizen);
 * citizens are never shown staff names.
 */
public record TimelineEntry(UUID id, int position, Type type, Audience audience, Optional<String> body,
        Optional<ConcernStatus> status, Optional<String> actor, Instant occurredAt, Optional<Translation> translation) {

    /**
     * A staff reply in the citizen's language, beside the original that staff wrote (which is always kept). Written
     * by staff, perhaps from a machine translation they checked; the citizen reads it first.
     */
    public record Translation(Language language, String text) {
        public Translation {
            java.util.Objects.requireNonNull(language, "language");
            java.util.Objects.requireNonNull(text, "text");
        }
    }

    public enum Type {
        RECEIVED, CITIZEN_MESSAGE, STATUS_CHANGED, STAFF_REPLY, INTERNAL_NOTE, MERGED_INTO, MERGED_FROM, CALL
    }

    public enum Audience {
        CITIZEN, INTERNAL
    }

    public boolean visibleToCitizen() {
        return audience == Audience.CITIZEN;
    }
}
