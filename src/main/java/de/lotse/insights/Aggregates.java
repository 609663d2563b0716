package de.lotse.insights;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.lotse.organisation.SiteId;

/**
 * Counts and durations over the pseudonymised projection, unsuppressed: only {@link Suppression} and the views built
 * on it may hand them on. They are read from the counters the projection's triggers keep (V52, V64), so a report
 * adds up thousands of cells instead of sorting a quarter's rows.
 */
@Repository
class Aggregates {

    /** What a table can be broken down by, and the facet of {@code insight_cell} that counts by it, if any. */
    enum Dimension {
        LEGAL_TOPIC(null), PROBLEM("problem"), SITE(null), MONTH(null), CHANNEL("channel"), KIND("kind"),
        OUTCOME("outcome"), CAUSE("cause");

        final String facet;

        Dimension(String facet) {
            this.facet = facet;
        }
    }

    /** A duration's spread within one group: how many had it, its median and 90th percentile in seconds. */
    record Spread(long n, double median, double p90) {
    }

    /** A promise within one group: how many concerns had it, how many saw it broken. */
    record Promise(long n, long breached) {
    }

    /** The figures of one group (a site, or all sites) for times and promises. */
    record Timeliness(String group, Map<String, Spread> durations, Map<String, Promise> promises) {
    }

    static final List<String> DURATIONS = List.of("acknowledge", "answer", "resolve");
    static final List<String> PROMISES = List.of("acknowledge", "answer", "callback", "same_day");

    /** The site key of concerns without a site in the counters and cells. */
    static final String NO_SITE = "00000000-0000-0000-0000-000000000000";
    /** A counter's site key as the tables name it: the site's id, or '-' for none. */
    private static final String SITE_KEY = "CASE WHEN site_key = '" + NO_SITE + "' THEN '-' ELSE site_key::text END";
    /** The bin of {@code d.seconds}, as V64 bins it. */
    private static final String BIN = "CASE WHEN d.seconds <= 0 THEN -1 ELSE round(100 * ln(d.seconds))::int END";

    private final JdbcClient jdbc;

    Aggregates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Several count tables from the pre-aggregated cells (V64): for each set of one or two dimensions, the counts by
     * their values (a one-dimension set's key holds one value). A set may hold at most one dimension besides legal
     * subject, site and month, as every cell counts concerns by one facet at a time.
     */
    Map<List<Dimension>, Map<List<String>, Long>> counts(InsightScope scope, List<List<Dimension>> sets) {
        Map<List<Dimension>, Map<List<String>, Long>> counts = new HashMap<>();
        Map<List<Dimension>, String> facetOf = new HashMap<>();
        for (List<Dimension> set : sets) {
            List<String> facets = set.stream().map(dimension -> dimension.facet).filter(Objects::nonNull).toList();
            if (facets.size() > 1) {
                throw new IllegalArgumentException("no cells by " + set);
            }
            // without a facet of its own, a set adds up the 'problem' facet, in which every concern counts once
            facetOf.put(set, facets.isEmpty() ? Dimension.PROBLEM.facet : facets.get(0));
            counts.put(set, new HashMap<>());
        }
        Map<String, Object> params = new HashMap<>();
        params.put("facets", Set.copyOf(facetOf.values()));
        String sql = "SELECT facet, value, legal_topic, to_char(month, 'YYYY-MM') AS month, " + SITE_KEY
                + " AS site, n FROM insight_cell" + cellWhere(scope, params) + " AND facet IN (:facets) AND n > 0";
        jdbc.sql(sql).params(params).query(rs -> {
            String facet = rs.getString("facet");
            for (List<Dimension> set : sets) {
                if (facetOf.get(set).equals(facet)) {
                    List<String> key = new ArrayList<>(set.size());
                    for (Dimension dimension : set) {
                        key.add(switch (dimension) {
                            case LEGAL_TOPIC -> rs.getString("legal_topic");
                            case SITE -> rs.getString("site");
                            case MONTH -> rs.getString("month");
                            default -> rs.getString("value");
                        });
                    }
                    counts.get(set).merge(List.copyOf(key), rs.getLong("n"), Long::sum);
                }
            }
        });
        return counts;
    }

    /**
     * Durations (median, 90th percentile from the 1 % bins) and promises kept, per site and for all sites of the scope
     * together. Bins by legal subject are not kept, so a scope of one legal subject bins its rows here.
     */
    List<Timeliness> timeliness(InsightScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = cellWhere(scope, params);
        Map<String, Map<String, Promise>> promises = new TreeMap<>();
        jdbc.sql("SELECT " + SITE_KEY + " AS site, facet, sum(n) FILTER (WHERE value = 'broken') AS broken, sum(n) AS n"
                + " FROM insight_cell" + where + " AND facet IN (:promises) AND n > 0 GROUP BY 1, 2")
                .params(params).param("promises", PROMISES).query(rs -> {
                    promises.computeIfAbsent(rs.getString("site"), ignored -> new HashMap<>()).put(rs.getString("facet"),
                            new Promise(rs.getLong("n"), rs.getLong("broken")));
                });
        String bins = scope.legalTopic().isEmpty()
                ? "SELECT " + SITE_KEY + " AS site, step, bin, sum(n) AS n FROM insight_duration_bin"
                        + where + " AND n > 0 GROUP BY 1, 2, 3"
                : "SELECT coalesce(site_id::text, '-') AS site, d.step, " + BIN + " AS bin, count(*) AS n FROM insight_concern"
                        + " CROSS JOIN LATERAL (VALUES ('acknowledge', acknowledge_seconds), ('answer', answer_seconds),"
                        + " ('resolve', resolve_seconds)) AS d (step, seconds)" + where(scope, params)
                        + " AND d.seconds IS NOT NULL GROUP BY 1, 2, 3";
        Map<String, Map<String, DurationBins>> durations = new TreeMap<>();
        Map<String, DurationBins.Builder> total = new HashMap<>();
        Map<List<String>, DurationBins.Builder> bySite = new HashMap<>();
        jdbc.sql(bins).params(params).query(rs -> {
            String site = rs.getString("site");
            String step = rs.getString("step");
            int bin = rs.getInt("bin");
            long n = rs.getLong("n");
            bySite.computeIfAbsent(List.of(site, step), ignored -> new DurationBins.Builder()).add(bin, n);
            total.computeIfAbsent(step, ignored -> new DurationBins.Builder()).add(bin, n);
        });
        bySite.forEach((key, builder) -> durations.computeIfAbsent(key.get(0), ignored -> new HashMap<>())
                .put(key.get(1), builder.build()));
        List<Timeliness> groups = new ArrayList<>();
        SortedSet<String> sites = new TreeSet<>(promises.keySet());
        sites.addAll(durations.keySet());
        for (String site : sites) {
            groups.add(timeliness(site, durations.getOrDefault(site, Map.of()), promises.getOrDefault(site, Map.of())));
        }
        Map<String, DurationBins> allDurations = new HashMap<>();
        total.forEach((step, builder) -> allDurations.put(step, builder.build()));
        Map<String, Promise> allPromises = new HashMap<>();
        promises.values().forEach(bySiteAndLevel -> bySiteAndLevel.forEach((level, promise) -> allPromises.merge(level,
                promise, (one, other) -> new Promise(one.n() + other.n(), one.breached() + other.breached()))));
        groups.add(timeliness("*", allDurations, allPromises));
        return groups;
    }

    private static Timeliness timeliness(String group, Map<String, DurationBins> durations, Map<String, Promise> promises) {
        Map<String, Spread> spreads = new LinkedHashMap<>();
        for (String step : DURATIONS) {
            DurationBins bins = durations.getOrDefault(step, DurationBins.EMPTY);
            spreads.put(step, new Spread(bins.n(), bins.percentile(0.5), bins.percentile(0.9)));
        }
        Map<String, Promise> kept = new LinkedHashMap<>();
        for (String level : PROMISES) {
            kept.put(level, promises.getOrDefault(level, new Promise(0, 0)));
        }
        return new Timeliness(group, spreads, kept);
    }

    /** Settled direct-line referrals by legal subject and outcome, in the months they were settled. */
    Map<List<String>, Long> referralOutcomes(InsightScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = where(scope, params).replace("received_month", "resolved_month");
        Map<List<String>, Long> counts = new HashMap<>();
        jdbc.sql("SELECT legal_topic, outcome, count(*) AS n FROM insight_referral" + where + " GROUP BY 1, 2")
                .params(params).query(rs -> {
                    counts.put(List.of(rs.getString("legal_topic"), rs.getString("outcome")), rs.getLong("n"));
                });
        return counts;
    }

    /** Counts per legal topic, site and month (from the counters the triggers keep), for the rise detector. */
    Map<List<String>, Long> seriesByTopicAndSite(InsightScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = cellWhere(scope, params);
        Map<List<String>, Long> counts = new HashMap<>();
        jdbc.sql("SELECT legal_topic, " + SITE_KEY + " AS site, to_char(month, 'YYYY-MM') AS month, n"
                + " FROM insight_month_count" + where + " AND n > 0")
                .params(params).query(rs -> {
                    counts.put(List.of(rs.getString("legal_topic"), rs.getString("site"), rs.getString("month")),
                            rs.getLong("n"));
                });
        return counts;
    }

    /** Counts per legal topic, site and week (its Monday, yyyy-MM-dd) from the cells, weeks first to last included. */
    Map<List<String>, Long> weeklySeries(InsightScope scope, LocalDate firstWeek, LocalDate lastWeek) {
        Map<String, Object> params = new HashMap<>();
        String where = cellWhere(scope, params);
        Map<List<String>, Long> counts = new HashMap<>();
        jdbc.sql("SELECT legal_topic, " + SITE_KEY + " AS site, value AS week, sum(n) AS n FROM insight_cell" + where
                + " AND facet = 'week' AND value BETWEEN :firstWeek AND :lastWeek AND n > 0 GROUP BY 1, 2, 3")
                .params(params).param("firstWeek", firstWeek.toString()).param("lastWeek", lastWeek.toString())
                .query(rs -> {
                    counts.put(List.of(rs.getString("legal_topic"), rs.getString("site"), rs.getString("week")),
                            rs.getLong("n"));
                });
        return counts;
    }

    /** How many concerns the scope holds, from the monthly counters. */
    long total(InsightScope scope) {
        return seriesByTopicAndSite(scope).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The scope's condition on the counters and cells, which key months and sites their own way. */
    private static String cellWhere(InsightScope scope, Map<String, Object> params) {
        return where(scope, params).replace("received_month", "month").replace("site_id IN (:sites)", "site_key IN (:sites)");
    }

    static String where(InsightScope scope, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(
                " WHERE jobcenter_id = :jobcenter AND received_month >= :from AND received_month < :until");
        params.put("jobcenter", scope.jobcenter().value());
        params.put("from", Date.valueOf(scope.firstDay()));
        params.put("until", Date.valueOf(scope.endExclusive()));
        if (!scope.sites().isEmpty()) {
            where.append(" AND site_id IN (:sites)");
            params.put("sites", scope.sites().stream().map(SiteId::value).map(UUID.class::cast).toList());
        }
        scope.legalTopic().ifPresent(topic -> {
            where.append(" AND legal_topic = :topic");
            params.put("topic", topic);
        });
        return where.toString();
    }
}
