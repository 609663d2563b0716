package de.lotse.concerns;

import java.util.Optional;

import de.lotse.language.Language;
import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.SiteId;

/** What other modules hear from the concerns module. Events carry ids, never the citizen's text. */
public final class ConcernEvents {

    private ConcernEvents() {
    }

    /** A citizen raised a new concern; channels may confirm it, staff queues pick it up. */
    public record ConcernReceived(ConcernId concern, JobcenterId jobcenter, Reference reference, ConcernKind kind,
            Urgency urgency, Optional<SiteId> site, ContactChannel contactChannel, Language preferredLanguage) {
    }

    /** The citizen added a message to an open concern. */
    public record CitizenMessageAdded(ConcernId concern, Reference reference, int position) {
    }
}
