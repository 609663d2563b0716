package de.lotse.concerns;

import java.util.List;

/** One page of an inbox, with the number of all concerns that match the filter. */
public record Inbox(List<InboxRow> rows, long total, InboxFilter filter) {

    public boolean hasNextPage() {
        return (long) (filter.page() + 1) * InboxFilter.PAGE_SIZE < total;
    }
}
