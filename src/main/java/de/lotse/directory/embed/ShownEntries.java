package de.lotse.directory.embed;

import java.util.List;

import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.DirectorySearch;

/** The first few centres that match a widget's choice (by name, or nearest first with a postcode), and how many match. */
record ShownEntries(List<DirectoryEntry> entries, int total) {

    static ShownEntries find(DirectorySearch search, WidgetRequest request) {
        DirectorySearch.Result found = search.search(request.query());
        return new ShownEntries(found.hits().stream().limit(request.count()).map(DirectorySearch.Hit::entry).toList(),
                found.total());
    }
}
