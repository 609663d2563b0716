package de.lotse.concerns;

import java.time.Instant;
import java.util.Optional;

import de.lotse.organisation.SiteId;
import de.lotse.organisation.StaffId;

/**
 * One line of the inbox. It holds no personal data (no name, no text), so listing the inbox is not a read of
 * personal data; opening a concern is, and is logged.
 */
public record InboxRow(Reference reference, Instant receivedAt, ConcernKind kind, Urgency urgency, ConcernStatus status,
        LegalTopic legalTopic, Optional<SiteId> site, Optional<Instant> nextDue, boolean overdue,
        Optional<StaffId> assignee) {
}
