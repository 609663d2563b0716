package de.lotse.insights.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import de.lotse.insights.DashboardFigures;
import de.lotse.insights.InsightDashboard;
import de.lotse.insights.SuppressedTable;
import de.lotse.organisation.Site;
import de.lotse.organisation.StaffMember;
import de.lotse.web.Page;

/**
 * What the dashboard page shows: the figures, the filter as chosen, and the labels, numbers and charts made from them.
 * Every number comes suppressed from {@link DashboardFigures}; a suppressed one shows as "•".
 */
public record DashboardView(StaffMember viewer, DashboardFigures figures, InsightDashboard.Filter filter,
        List<Site> choosableSites) {

    public static final String SUPPRESSED = "•";

    /** The label of a row or column key: a site's name, a month, or the text of a code. */
    public String label(Page page, String dimension, String key) {
        return switch (dimension) {
            case "site" -> key.equals("-") ? page.plain("staff.insights.noSite")
                    : figures.site(key).map(Site::name).orElse(key);
            case "month" -> YearMonth.parse(key).format(DateTimeFormatter.ofPattern("MMM yyyy", locale(page)));
            case "*", "all" -> page.plain("staff.insights.all");
            default -> page.plain("staff.insights." + dimension + "." + key);
        };
    }

    public String number(OptionalLong value) {
        return value.isPresent() ? String.format(Locale.GERMAN, "%,d", value.getAsLong()) : SUPPRESSED;
    }

    public String percent(OptionalDouble share) {
        return share.isPresent() ? String.format(Locale.GERMAN, "%.1f %%", share.getAsDouble() * 100) : SUPPRESSED;
    }

    public String days(double days) {
        return String.format(Locale.GERMAN, "%.1f", days);
    }

    public String month(Page page, YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale(page)));
    }

    public String chosenFrom() {
        return figures.scope().from().toString();
    }

    public String chosenTo() {
        return figures.scope().to().toString();
    }

    public boolean chose(Site site) {
        return filter.site().filter(site.id()::equals).isPresent();
    }

    public boolean choseTopic(String topic) {
        return filter.legalTopic().filter(chosen -> chosen.name().equals(topic)).isPresent();
    }

    /** The query string of the current filter, for links to the list behind it. */
    public String query() {
        StringBuilder query = new StringBuilder("von=" + chosenFrom() + "&bis=" + chosenTo());
        filter.site().ifPresent(site -> query.append("&standort=").append(site.value()));
        filter.legalTopic().ifPresent(topic -> query.append("&thema=").append(topic.name()));
        return query.toString();
    }

    public LineChart monthChart(Page page) {
        SuppressedTable months = figures.months();
        List<String> labels = months.columns().stream().map(key -> label(page, "month", key)).toList();
        return LineChart.of("chart-months", page.plain("staff.insights.months.title"),
                page.plain("staff.insights.months.chart", labels.isEmpty() ? "" : labels.get(0),
                        labels.isEmpty() ? "" : labels.get(labels.size() - 1)),
                labels, months.cells().get(0));
    }

    /** Bars of a table's row totals (e.g. concerns per legal subject over all sites). */
    public BarChart rowTotalsChart(Page page, String id, SuppressedTable table, String dimension, String titleKey) {
        List<String> labels = table.rows().stream().map(key -> label(page, dimension, key)).toList();
        return BarChart.of(id, page.plain(titleKey), page.plain("staff.insights.chart.bars", page.plain(titleKey)), labels,
                table.rowTotals());
    }

    /** Bars of a one-row distribution (outcomes, channels, kinds). */
    public BarChart distributionChart(Page page, String id, SuppressedTable table, String dimension, String titleKey) {
        List<String> labels = table.columns().stream().map(key -> label(page, dimension, key)).toList();
        return BarChart.of(id, page.plain(titleKey), page.plain("staff.insights.chart.bars", page.plain(titleKey)), labels,
                new ArrayList<>(table.cells().get(0)));
    }

    private static Locale locale(Page page) {
        return page.language().locale();
    }
}
