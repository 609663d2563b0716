package de.lotse.insights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

import tools.jackson.databind.json.JsonMapper;

/**
 * The quarterly report's tables as CSV (one row per published number: table, row, column, value; an empty value is
 * suppressed) and as open-data JSON (the same suppressed aggregates, {@code null} where suppressed). Sites are named
 * by their code, codes stay codes, so that others can join the data with their own.
 */
public final class ReportExports {

    static final String LICENCE = "dl-de/by-2-0";

    private ReportExports() {
    }

    /** The count tables of a report by name, as published. */
    static Map<String, SuppressedTable> tables(ReportData report) {
        Map<String, SuppressedTable> tables = new LinkedHashMap<>();
        DashboardFigures figures = report.figures();
        tables.put("legal_topic_by_site", figures.topicsBySite());
        tables.put("problem_by_site", figures.problemsBySite());
        tables.put("legal_topic_by_problem", figures.topicsByProblem());
        tables.put("month", figures.months());
        tables.put("channel", figures.channels());
        tables.put("kind", figures.kinds());
        tables.put("outcome", figures.outcomes());
        tables.put("cause", figures.causes());
        tables.put("referral_outcome_by_legal_topic", report.referralOutcomes());
        return tables;
    }

    public static String csv(ReportData report) {
        UnaryOperator<String> site = siteCodes(report.figures());
        StringBuilder csv = new StringBuilder("table,row,column,value\r\n");
        tables(report).forEach((name, table) -> {
            for (int i = 0; i < table.rows().size(); i++) {
                for (int j = 0; j < table.columns().size(); j++) {
                    line(csv, name, site.apply(table.rows().get(i)), site.apply(table.columns().get(j)), table.cell(i, j));
                }
                line(csv, name, site.apply(table.rows().get(i)), "TOTAL", table.rowTotals().get(i));
            }
            for (int j = 0; j < table.columns().size(); j++) {
                line(csv, name, "TOTAL", site.apply(table.columns().get(j)), table.columnTotals().get(j));
            }
            line(csv, name, "TOTAL", "TOTAL", table.total());
        });
        for (DashboardFigures.TimelinessRow row : report.figures().timeliness()) {
            row.durations().forEach((step, spread) -> {
                csv.append(String.join(",", "timeliness", quote(site.apply(row.site())), step + "_median_days",
                        spread.map(s -> format(s.medianDays())).orElse(""))).append("\r\n");
                csv.append(String.join(",", "timeliness", quote(site.apply(row.site())), step + "_p90_days",
                        spread.map(s -> format(s.p90Days())).orElse(""))).append("\r\n");
            });
            row.promises().forEach((level, promise) -> csv.append(String.join(",", "timeliness",
                    quote(site.apply(row.site())), level + "_broken_share", format(promise.rate()))).append("\r\n"));
        }
        for (ReportData.MeasureReport measure : report.measures()) {
            String id = measure.measure().id().value().toString();
            measure.effect().ifPresent(effect -> {
                csv.append(String.join(",", "measures", id, "per_month_before", format(effect.rateBefore()))).append("\r\n");
                csv.append(String.join(",", "measures", id, "per_month_after", format(effect.rateAfter()))).append("\r\n");
            });
        }
        return csv.toString();
    }

    public static byte[] json(ReportData report) {
        UnaryOperator<String> site = siteCodes(report.figures());
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("jobcenter", report.jobcenter());
        root.put("quarter", report.quarter().toString());
        root.put("licence", LICENCE);
        root.put("suppression", Map.of("threshold", Suppression.THRESHOLD, "method",
                "every count below the threshold and as many further counts per row and column as keep each from being "
                        + "derived from the published totals are null; a count or total that appears in several tables "
                        + "(such as the total per legal subject or per site) is null in all of them or in none"));
        Map<String, Object> tables = new LinkedHashMap<>();
        tables(report).forEach((name, table) -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("rows", table.rows().stream().map(site).toList());
            json.put("columns", table.columns().stream().map(site).toList());
            json.put("cells", table.cells().stream().map(row -> row.stream().map(ReportExports::value).toList()).toList());
            json.put("row_totals", table.rowTotals().stream().map(ReportExports::value).toList());
            json.put("column_totals", table.columnTotals().stream().map(ReportExports::value).toList());
            json.put("total", value(table.total()));
            tables.put(name, json);
        });
        root.put("tables", tables);
        List<Map<String, Object>> patterns = new ArrayList<>();
        report.figures().patterns().forEach(pattern -> patterns.add(Map.of("legal_topic", pattern.legalTopic(),
                "site", site.apply(pattern.site()), "month", pattern.month().toString(), "count", pattern.count())));
        root.put("patterns", patterns);
        return JsonMapper.builder().build().writeValueAsBytes(root);
    }

    private static UnaryOperator<String> siteCodes(DashboardFigures figures) {
        return key -> figures.site(key).map(found -> found.code()).orElse(key);
    }

    private static Object value(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    private static void line(StringBuilder csv, String table, String row, String column, OptionalLong value) {
        csv.append(table).append(',').append(quote(row)).append(',').append(quote(column)).append(',')
                .append(value.isPresent() ? Long.toString(value.getAsLong()) : "").append("\r\n");
    }

    private static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    private static String format(OptionalDouble value) {
        return value.isPresent() ? format(value.getAsDouble()) : "";
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
