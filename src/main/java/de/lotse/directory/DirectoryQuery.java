package de.lotse.directory;

import java.time.DayOfWeek;
import java.util.Optional;
import java.util.Set;

/**
 * What a citizen looks for in the directory; every part is optional and parts combine with "and".
 *
 * @param postcode sorts by distance from this postcode's centre when known
 * @param openNow only services open for visits right now
 * @param openOn only services open for visits on the next such weekday (today if it is that day)
 * @param page 0-based page of {@link #PAGE_SIZE} results
 */
public record DirectoryQuery(Optional<District> district, Optional<String> postcode, Optional<String> topic,
        Optional<String> language, Set<Accessibility> accessibility, boolean openNow, Optional<DayOfWeek> openOn,
        Optional<Visit> visit, boolean freeOfCharge, boolean phoneAdvice, boolean videoAdvice, Optional<String> text,
        int page) {

    public static final int PAGE_SIZE = 20;

    public DirectoryQuery {
        accessibility = Set.copyOf(accessibility);
        page = Math.max(0, page);
    }

    public static DirectoryQuery everything() {
        return new DirectoryQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), false,
                Optional.empty(), Optional.empty(), false, false, false, Optional.empty(), 0);
    }
}
