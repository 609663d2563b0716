package de.lotse.insights;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;

import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.SiteId;

/**
 * What a view of the insights covers: a Jobcenter, the months from and to (both included), the sites (all of the
 * Jobcenter's when empty) and, if chosen, one legal subject.
 */
public record InsightScope(JobcenterId jobcenter, YearMonth from, YearMonth to, Set<SiteId> sites,
        Optional<String> legalTopic) {

    public InsightScope {
        sites = Set.copyOf(sites);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
    }

    LocalDate firstDay() {
        return from.atDay(1);
    }

    /** The first day after the period, for a half-open range. */
    LocalDate endExclusive() {
        return to.plusMonths(1).atDay(1);
    }
}
