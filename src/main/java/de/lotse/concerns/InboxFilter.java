package de.lotse.concerns;

import java.util.Optional;

/** What a staff member narrows the inbox to; empty means all. Pages hold {@link #PAGE_SIZE} concerns. */
public record InboxFilter(Optional<ConcernStatus> status, Optional<ConcernKind> kind, Optional<Urgency> urgency,
        boolean overdueOnly, int page) {

    public static final int PAGE_SIZE = 50;

    public InboxFilter {
        page = Math.max(page, 0);
    }

    public static InboxFilter all() {
        return new InboxFilter(Optional.empty(), Optional.empty(), Optional.empty(), false, 0);
    }
}
