package de.lotse.directline;

import java.time.Instant;
import java.util.Optional;

/** One step in a referral's history or thread, and who may read it. */
public record ReferralEntry(int position, Type type, Audience audience, String actor, Optional<String> body,
        Instant occurredAt) {

    public enum Type {
        OPENED, CONSENT_GIVEN, CONSENT_SIGNED, MESSAGE, NOTE, DOCUMENT, ESCALATED, REROUTED, RESOLVED, CONSENT_WITHDRAWN, CONSENT_EXPIRED
    }

    /** Shared between centre and Jobcenter, or one side's internal note. */
    public enum Audience {
        SHARED, CENTRE, JOBCENTER
    }

    public boolean visibleTo(Side side) {
        return audience == Audience.SHARED || (side == Side.CENTRE ? audience == Audience.CENTRE
                : audience == Audience.JOBCENTER);
    }

    /** The two sides of the direct line. */
    public enum Side {
        CENTRE, JOBCENTER
    }
}
