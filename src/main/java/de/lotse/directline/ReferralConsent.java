package de.lotse.directline;

import java.time.Instant;
import java.util.Optional;

/** A client's consent as recorded: not given yet, given (until it expires), or withdrawn. */
public record ReferralConsent(ReferralId referral, String textVersion, Optional<String> givenBy, Optional<Instant> givenAt,
        Optional<Instant> expiresAt, Optional<Instant> withdrawnAt) {

    /** Whether it lets the referral be read now. */
    public boolean validAt(Instant now) {
        return givenAt.isPresent() && withdrawnAt.isEmpty() && expiresAt.filter(now::isBefore).isPresent();
    }
}
