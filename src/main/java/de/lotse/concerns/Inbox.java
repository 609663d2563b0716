package de.lotse.concerns;

import java.util.List;
import java.util.Map;

/**
 * One page of an inbox, with the number of all concerns that match the filter and, for the status filter, how many
 * concerns of the viewer's sites are in each status.
 */
public record Inbox(List<InboxRow> rows, long total, InboxFilter filter, Map<ConcernStatus, Long> countByStatus) {

    public long count(ConcernStatus status) {
        return countByStatus.getOrDefault(status, 0L);
    }

    public boolean hasNextPage() {
        return (long) (filter.page() + 1) * InboxFilter.PAGE_SIZE < total;
    }
}
