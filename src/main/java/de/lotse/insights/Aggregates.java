package de.lotse.insights;

import java.sql.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.lotse.organisation.SiteId;

/**
 * Counts and durations over the pseudonymised projection, unsuppressed: only {@link Suppression} and the views built
 * on it may hand them on. Every query is one GROUP BY over {@code insight_concern} in the scope's period and sites.
 */
@Repository
class Aggregates {

    /** What a table can be broken down by; the SQL expressions are fixed here, never taken from a request. */
    enum Dimension {
        LEGAL_TOPIC("legal_topic", "legal_topic"),
        PROBLEM("administrative_problem", "administrative_problem"),
        SITE("site_id", "coalesce(site_id::text, '-')"),
        MONTH("received_month", "to_char(received_month, 'YYYY-MM')"),
        CHANNEL("channel", "channel"),
        KIND("kind", "kind"),
        OUTCOME("outcome", "coalesce(outcome, 'OPEN')"),
        CAUSE("outcome_cause", "coalesce(outcome_cause, 'OPEN')");

        /** The column grouped by. */
        final String column;
        /** What is shown for it (NULL as '-' or 'OPEN'). */
        final String sql;

        Dimension(String column, String sql) {
            this.column = column;
            this.sql = sql;
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

    /** The site key of concerns without a site in {@code insight_month_count}. */
    static final String NO_SITE = "00000000-0000-0000-0000-000000000000";

    private final JdbcClient jdbc;

    Aggregates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Several count tables in one pass over the scope (GROUPING SETS): for each set of one or two dimensions, the
     * counts by their values (a one-dimension set's key holds one value).
     */
    Map<List<Dimension>, Map<List<String>, Long>> counts(InsightScope scope, List<List<Dimension>> sets) {
        List<Dimension> all = List.of(Dimension.values());
        StringBuilder sql = new StringBuilder("SELECT GROUPING(");
        sql.append(String.join(", ", all.stream().map(dimension -> dimension.column).toList())).append(") AS mask");
        all.forEach(dimension -> sql.append(", ").append(dimension.sql).append(" AS ").append(dimension.name()));
        sql.append(", count(*) AS n FROM insight_concern");
        Map<String, Object> params = new HashMap<>();
        sql.append(where(scope, params)).append(" GROUP BY GROUPING SETS (");
        sql.append(String.join(", ", sets.stream().map(set -> "(" + String.join(", ",
                set.stream().map(dimension -> dimension.column).toList()) + ")").toList())).append(")");
        Map<Integer, List<Dimension>> byMask = new HashMap<>();
        Map<List<Dimension>, Map<List<String>, Long>> counts = new HashMap<>();
        for (List<Dimension> set : sets) {
            int mask = 0;
            for (Dimension dimension : all) {
                mask = (mask << 1) | (set.contains(dimension) ? 0 : 1);
            }
            byMask.put(mask, set);
            counts.put(set, new HashMap<>());
        }
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            List<Dimension> set = byMask.get(rs.getInt("mask"));
            List<String> key = new java.util.ArrayList<>();
            for (Dimension dimension : set) {
                key.add(rs.getString(dimension.name()));
            }
            counts.get(set).put(List.copyOf(key), rs.getLong("n"));
        });
        return counts;
    }

    /** Durations (median, 90th percentile) and promises kept, per site and for all sites of the scope together. */
    List<Timeliness> timeliness(InsightScope scope) {
        StringBuilder select = new StringBuilder("SELECT coalesce(site_id::text, '-') AS g, grouping(site_id) AS total");
        for (String duration : DURATIONS) {
            String column = duration + "_seconds";
            select.append(", count(").append(column).append(") AS ").append(duration).append("_n")
                    // one sort per column for both percentiles
                    .append(", percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY ").append(column).append(") AS ")
                    .append(duration).append("_percentiles");
        }
        for (String promise : PROMISES) {
            String column = promise + "_breached";
            select.append(", count(").append(column).append(") AS ").append(promise).append("_with")
                    .append(", count(*) FILTER (WHERE ").append(column).append(") AS ").append(promise).append("_broken");
        }
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql(select + " FROM insight_concern" + where(scope, params) + " GROUP BY ROLLUP (site_id) ORDER BY 2, 1")
                .params(params).query((rs, row) -> {
                    Map<String, Spread> durations = new LinkedHashMap<>();
                    for (String duration : DURATIONS) {
                        java.sql.Array percentiles = rs.getArray(duration + "_percentiles");
                        Double[] values = percentiles == null ? new Double[] {null, null} : (Double[]) percentiles.getArray();
                        durations.put(duration, new Spread(rs.getLong(duration + "_n"), orZero(values[0]), orZero(values[1])));
                    }
                    Map<String, Promise> promises = new LinkedHashMap<>();
                    for (String promise : PROMISES) {
                        promises.put(promise, new Promise(rs.getLong(promise + "_with"), rs.getLong(promise + "_broken")));
                    }
                    return new Timeliness(rs.getInt("total") == 1 ? "*" : rs.getString("g"), durations, promises);
                }).list();
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
        String where = where(scope, params).replace("received_month", "month")
                .replace("site_id IN (:sites)", "site_key IN (:sites)");
        Map<List<String>, Long> counts = new HashMap<>();
        jdbc.sql("SELECT legal_topic, CASE WHEN site_key = '" + NO_SITE + "' THEN '-' ELSE site_key::text END AS site,"
                + " to_char(month, 'YYYY-MM') AS month, n FROM insight_month_count" + where + " AND n > 0")
                .params(params).query(rs -> {
                    counts.put(List.of(rs.getString("legal_topic"), rs.getString("site"), rs.getString("month")),
                            rs.getLong("n"));
                });
        return counts;
    }

    /** How many concerns the scope holds, from the monthly counters. */
    long total(InsightScope scope) {
        return seriesByTopicAndSite(scope).values().stream().mapToLong(Long::longValue).sum();
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
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
