package de.lotse.concerns;

import java.util.List;
import java.util.Map;

/**
 * One page of an inbox, with the number of all concerns that match the filter and, for the status filter, how many
 * of them are in each open status (resolved and closed ones only when chosen: they are history, and many).
 */
public record Inbox(List<InboxRow> rows, long total, InboxFilter filter, Map<ConcernStatus, Long> countByStatus) {

    public long count(ConcernStatus status) {
        return countByStatus.getOrDefault(status, 0L);
    }

    /** Whether the status filter can show a number for this status. */
    public boolean counted(ConcernStatus status) {
        return status.open() || countByStatus.containsKey(status);
    }

    public boolean hasNextPage() {
        return (long) (filter.page() + 1) * InboxFilter.PAGE_SIZE < total;
    }
}
