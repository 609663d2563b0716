package de.lotse.insights;

import java.time.Instant;
import java.util.Optional;

/** One recorded send of the partner report: to whom, how far it got (PENDING, SENDING, SENT, FAILED), when. */
public record ReportSend(String name, String email, String status, int attempts, Optional<Instant> sentAt) {
}
