package de.lotse.insights.web;

import java.util.Locale;
import java.util.OptionalDouble;

import de.lotse.insights.ReportData;

/** The quarterly report as its XHTML template (the PDF's source) shows it; labels and numbers as on the dashboard. */
public record ReportView(ReportData data, DashboardView labels) {

    public String percent(OptionalDouble share) {
        return labels.percent(share);
    }

    public String percent(double share) {
        return String.format(Locale.GERMAN, "%.1f %%", share * 100);
    }
}
