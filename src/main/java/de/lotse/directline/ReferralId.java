package de.lotse.directline;

import java.util.UUID;

/** A referral's id. */
public record ReferralId(UUID value) {
}
