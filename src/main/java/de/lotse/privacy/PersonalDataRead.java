package de.lotse.privacy;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One read of personal data: whose data (subject type and id), who read it, and for what purpose.
 *
 * @param actor who read, e.g. {@code citizen:status-link} or {@code staff:<id>}; never a secret
 */
public record PersonalDataRead(String subjectType, UUID subjectId, String actor, String purpose, Instant at) {
    public PersonalDataRead {
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(at, "at");
    }
}
