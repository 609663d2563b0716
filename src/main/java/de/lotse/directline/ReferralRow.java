package de.lotse.directline;

import java.time.Instant;
import java.util.Optional;

import de.lotse.concerns.LegalTopic;
import de.lotse.concerns.Reference;
import de.lotse.concerns.Urgency;
import de.lotse.organisation.CentreId;
import de.lotse.organisation.SiteId;

/** A referral as the lists show it, without the client's data. */
public record ReferralRow(ReferralId id, Reference reference, ReferralStatus status, EscalationLevel level,
        Urgency urgency, LegalTopic legalTopic, Optional<SiteId> site, CentreId centre, Optional<Instant> levelDue,
        Instant updatedAt) {

    /** Whether the level's clock ran out at this moment. */
    public boolean overdueAt(Instant now) {
        return status.running() && levelDue.filter(now::isAfter).isPresent();
    }
}
