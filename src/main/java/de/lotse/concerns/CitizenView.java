package de.lotse.concerns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the holder of a status link sees: the concern's state, the timeline entries meant for the citizen, and by when
 * the Jobcenter has promised to act next.
 */
public record CitizenView(Reference reference, ConcernKind kind, Urgency urgency, ConcernStatus status,
        Instant receivedAt, String description, Optional<String> siteName, Optional<LocalDate> noticeDate, ContactChannel contactChannel,
        List<TimelineEntry> timeline, boolean acceptsMessages, Optional<ServiceClock> nextPromise,
        List<Instant> viewedByJobcenter, String replyToken) {
}
