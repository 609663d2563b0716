package de.lotse.insights;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import de.lotse.organisation.Site;

/**
 * Everything the insights dashboard shows for a scope, suppressed: counts by legal subject, administrative problem,
 * site and month, by channel and kind, outcomes and causes, times to acknowledge, answer and resolve, promises broken,
 * the rises found (monthly test and weekly CUSUM) and groups of similar free texts.
 *
 * @param sites the sites in the scope, for their names (a site's key in the tables is its id)
 */
public record DashboardFigures(InsightScope scope, List<Site> sites, SuppressedTable topicsBySite,
        SuppressedTable problemsBySite, SuppressedTable topicsByProblem, SuppressedTable months,
        SuppressedTable channels, SuppressedTable kinds, SuppressedTable outcomes, SuppressedTable causes,
        List<TimelinessRow> timeliness, List<ConflictPattern> patterns, List<WeeklyRise> weeklyRises,
        List<TextGroup> textGroups,
        boolean mayListRows) {

    /** A duration's median and 90th percentile in days; shown only for groups of at least 5. */
    public record Spread(long n, double medianDays, double p90Days) {
    }

    /** How many had a promise and how many saw it broken; each empty where suppressed. */
    public record PromiseFigure(OptionalLong with, OptionalLong broken) {

        /** The share broken, only where both numbers are published. */
        public OptionalDouble rate() {
            return with.isPresent() && broken.isPresent() && with.getAsLong() > 0
                    ? OptionalDouble.of(broken.getAsLong() / (double) with.getAsLong())
                    : OptionalDouble.empty();
        }
    }

    /** One site (or, with key "*", all sites of the scope): durations by step and promises by level. */
    public record TimelinessRow(String site, Map<String, Optional<Spread>> durations, Map<String, PromiseFigure> promises) {
    }

    public Optional<Site> site(String key) {
        return sites.stream().filter(site -> site.id().value().toString().equals(key)).findFirst();
    }

    /** Whether anything at all is counted in the scope (with at least 5, else it is suppressed too). */
    public boolean empty() {
        return topicsBySite.total().isEmpty();
    }
}
