package de.lotse.insights;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.concerns.AdministrativeProblem;
import de.lotse.concerns.ConcernKind;
import de.lotse.concerns.ContactChannel;
import de.lotse.concerns.LegalTopic;
import de.lotse.concerns.Outcome;
import de.lotse.concerns.OutcomeCause;
import de.lotse.insights.Aggregates.Dimension;
import de.lotse.insights.DashboardFigures.PromiseFigure;
import de.lotse.insights.DashboardFigures.Spread;
import de.lotse.insights.DashboardFigures.TimelinessRow;
import de.lotse.insights.LinkedSuppression.Linked;
import de.lotse.organisation.Site;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffMember;

/**
 * The insights dashboard: checks what the viewer may see (per site, here in the service), counts over the
 * pseudonymised projection and suppresses every table before it leaves.
 */
@Service
public class InsightDashboard {

    /** What the viewer asked for; anything left out takes its default (the last twelve months, every site allowed). */
    public record Filter(Optional<YearMonth> from, Optional<YearMonth> to, Optional<SiteId> site,
            Optional<LegalTopic> legalTopic) {
    }

    static final String OPEN = "OPEN";
    /** The population of the dashboard's linked tables. */
    static final String CONCERN = "concern";
    private static final List<Dimension> TOPIC_BY_SITE = List.of(Dimension.LEGAL_TOPIC, Dimension.SITE);
    private static final List<Dimension> PROBLEM_BY_SITE = List.of(Dimension.PROBLEM, Dimension.SITE);
    private static final List<Dimension> TOPIC_BY_PROBLEM = List.of(Dimension.LEGAL_TOPIC, Dimension.PROBLEM);

    private final Aggregates aggregates;
    private final Patterns patterns;
    private final TextGroups textGroups;
    private final Sites sites;
    private final Clock clock;

    InsightDashboard(Aggregates aggregates, Patterns patterns, TextGroups textGroups, Sites sites, Clock clock) {
        this.textGroups = textGroups;
        this.aggregates = aggregates;
        this.patterns = patterns;
        this.sites = sites;
        this.clock = clock;
    }

    /** @throws de.lotse.organisation.NotAllowed when the viewer may not see insights, or not of the site asked for */
    public InsightScope scope(StaffMember viewer, Filter filter) {
        Set<SiteId> allowed = InsightAccess.sites(viewer, filter.site());
        YearMonth now = YearMonth.now(clock.withZone(HamburgCalendar.ZONE));
        YearMonth to = filter.to().filter(month -> !month.isAfter(now)).orElse(now);
        YearMonth from = filter.from().filter(month -> !month.isAfter(to)).orElse(to.minusMonths(11));
        return new InsightScope(viewer.jobcenter(), from, to, allowed, filter.legalTopic().map(Enum::name));
    }

    /** The sites a viewer may choose from in the filter. */
    public List<Site> choosableSites(StaffMember viewer) {
        Set<SiteId> allowed = InsightAccess.sites(viewer, Optional.empty());
        return sites.of(viewer.jobcenter()).stream().filter(site -> allowed.isEmpty() || allowed.contains(site.id()))
                .sorted(Comparator.comparing(Site::name)).toList();
    }

    @Transactional(readOnly = true)
    public DashboardFigures figures(StaffMember viewer, Filter filter) {
        return figures(scope(viewer, filter), InsightAccess.mayListRows(viewer), true);
    }

    /** The figures of a scope whose access was checked already; with groups of similar texts, if asked for. */
    DashboardFigures figures(InsightScope scope, boolean mayListRows, boolean withTexts) {
        List<Site> inScope = sites.of(scope.jobcenter()).stream()
                .filter(site -> scope.sites().isEmpty() || scope.sites().contains(site.id()))
                .sorted(Comparator.comparing(Site::name)).toList();
        List<String> siteKeys = new ArrayList<>(inScope.stream().map(site -> site.id().value().toString()).toList());
        List<String> topics = names(LegalTopic.values());
        List<String> problems = names(AdministrativeProblem.values());
        Map<List<Dimension>, Map<List<String>, Long>> counts = aggregates.counts(scope, List.of(TOPIC_BY_SITE,
                PROBLEM_BY_SITE, TOPIC_BY_PROBLEM, List.of(Dimension.MONTH), List.of(Dimension.CHANNEL),
                List.of(Dimension.KIND), List.of(Dimension.OUTCOME), List.of(Dimension.CAUSE)));
        if (counts.get(TOPIC_BY_SITE).keySet().stream().anyMatch(key -> key.get(1).equals("-"))) {
            siteKeys.add("-");
        }
        List<String> months = new ArrayList<>();
        for (YearMonth month = scope.from(); !month.isAfter(scope.to()); month = month.plusMonths(1)) {
            months.add(month.toString());
        }
        List<SuppressedTable> linked = suppressed(CountTable.of(topics, siteKeys, counts.get(TOPIC_BY_SITE)),
                CountTable.of(problems, siteKeys, counts.get(PROBLEM_BY_SITE)),
                CountTable.of(topics, problems, counts.get(TOPIC_BY_PROBLEM)),
                distribution(months, counts.get(List.of(Dimension.MONTH))),
                distribution(names(ContactChannel.values()), counts.get(List.of(Dimension.CHANNEL))),
                distribution(names(ConcernKind.values()), counts.get(List.of(Dimension.KIND))),
                distribution(withOpen(Outcome.values()), counts.get(List.of(Dimension.OUTCOME))),
                distribution(withOpen(OutcomeCause.values()), counts.get(List.of(Dimension.CAUSE))));
        return new DashboardFigures(scope, inScope, linked.get(0), linked.get(1), linked.get(2), linked.get(3),
                linked.get(4), linked.get(5), linked.get(6), linked.get(7),
                timeliness(aggregates.timeliness(scope), siteKeys), patterns.in(scope), patterns.weekly(scope),
                withTexts ? textGroups.in(scope) : List.of(), mayListRows);
    }

    /**
     * The dashboard's count tables, suppressed together: they count the same concerns and share their margins (the
     * totals per legal subject, site and problem, and the grand total, as every concern has exactly one value of each
     * facet, V64), so a margin hidden in one is hidden in all (linked tables). The distributions have one row.
     */
    static List<SuppressedTable> suppressed(CountTable topicsBySite, CountTable problemsBySite,
            CountTable topicsByProblem, CountTable months, CountTable channels, CountTable kinds, CountTable outcomes,
            CountTable causes) {
        return LinkedSuppression.apply(linked(topicsBySite, problemsBySite, topicsByProblem, months, channels, kinds,
                outcomes, causes));
    }

    /** The dashboard's count tables with what their rows and columns are, in the order of {@link DashboardFigures}. */
    static List<Linked> linked(CountTable topicsBySite, CountTable problemsBySite, CountTable topicsByProblem,
            CountTable months, CountTable channels, CountTable kinds, CountTable outcomes, CountTable causes) {
        return List.of(Linked.crossed(CONCERN, "legal_topic", "site", topicsBySite),
                Linked.crossed(CONCERN, "problem", "site", problemsBySite),
                Linked.crossed(CONCERN, "legal_topic", "problem", topicsByProblem),
                Linked.distribution(CONCERN, "month", months), Linked.distribution(CONCERN, "channel", channels),
                Linked.distribution(CONCERN, "kind", kinds), Linked.distribution(CONCERN, "outcome", outcomes),
                Linked.distribution(CONCERN, "cause", causes));
    }

    private static CountTable distribution(List<String> columns, Map<List<String>, Long> counts) {
        Map<String, Long> byValue = new HashMap<>();
        counts.forEach((key, count) -> byValue.put(key.get(0), count));
        return CountTable.distribution("*", columns, byValue);
    }

    /**
     * Durations of groups under 5 are left out; the promises are suppressed as a table of sites × (kept, broken), so
     * that no broken count below 5 shows, nor can be had from the total.
     */
    static List<TimelinessRow> timeliness(List<Aggregates.Timeliness> groups, List<String> siteKeys) {
        Map<String, Aggregates.Timeliness> bySite = new HashMap<>();
        groups.forEach(group -> bySite.put(group.group(), group));
        List<String> keys = new ArrayList<>(siteKeys);
        keys.add("*");
        Map<String, Map<String, PromiseFigure>> promises = new HashMap<>();
        keys.forEach(key -> promises.put(key, new LinkedHashMap<>()));
        for (String level : Aggregates.PROMISES) {
            Map<List<String>, Long> counts = new HashMap<>();
            for (String site : siteKeys) {
                Optional.ofNullable(bySite.get(site)).map(group -> group.promises().get(level)).ifPresent(promise -> {
                    counts.put(List.of(site, "kept"), promise.n() - promise.breached());
                    counts.put(List.of(site, "broken"), promise.breached());
                });
            }
            SuppressedTable table = Suppression.apply(CountTable.of(siteKeys, List.of("kept", "broken"), counts));
            for (int i = 0; i < siteKeys.size(); i++) {
                promises.get(siteKeys.get(i)).put(level, new PromiseFigure(table.rowTotals().get(i), table.cell(i, 1)));
            }
            promises.get("*").put(level, new PromiseFigure(table.total(), table.columnTotals().get(1)));
        }
        List<TimelinessRow> rows = new ArrayList<>();
        for (String key : keys) {
            Map<String, Optional<Spread>> durations = new LinkedHashMap<>();
            for (String step : Aggregates.DURATIONS) {
                durations.put(step, Optional.ofNullable(bySite.get(key)).map(group -> group.durations().get(step))
                        .filter(spread -> spread.n() >= Suppression.THRESHOLD)
                        .map(spread -> new Spread(spread.n(), spread.median() / 86_400, spread.p90() / 86_400)));
            }
            rows.add(new TimelinessRow(key, durations, promises.get(key)));
        }
        return rows;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> withOpen(Enum<?>[] values) {
        List<String> names = new ArrayList<>(names(values));
        names.add(OPEN);
        return names;
    }

}
