package de.lotse.concerns;

import java.time.Instant;
import java.util.Optional;

import de.lotse.organisation.SiteId;

/** What a staff member narrows the inbox to; empty means all. Pages hold {@link #PAGE_SIZE} concerns. */
public record InboxFilter(Optional<ConcernStatus> status, Optional<ConcernKind> kind, Optional<Urgency> urgency,
        Optional<LegalTopic> legalTopic, Optional<SiteId> site, Optional<String> search, boolean overdueOnly,
        Optional<Instant> dueBy, Queue queue, int page) {

    /** Whose concerns: all of the sites, the viewer's own, or those nobody has taken yet. */
    public enum Queue {
        ALL, MINE, UNASSIGNED
    }

    public static final int PAGE_SIZE = 50;

    public InboxFilter {
        page = Math.max(page, 0);
        search = search.map(String::strip).filter(text -> !text.isEmpty());
        queue = queue == null ? Queue.ALL : queue;
    }

    public static InboxFilter all() {
        return new InboxFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), Queue.ALL, 0);
    }
}
