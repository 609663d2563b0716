package de.lotse.insights;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The quarterly report for the Trägerversammlung and the Sozialausschuss, suppressed throughout: the quarter's
 * figures, the direct line's settled referrals, the measures and their effect, and how the Jobcenter compares with
 * the published federal and Hamburg figures.
 */
public record ReportData(Quarter quarter, String jobcenter, DashboardFigures figures, SuppressedTable referralOutcomes,
        List<MeasureReport> measures, List<Comparison> comparisons) {

    public record MeasureReport(Measure measure, Optional<MeasureEffect> effect) {
    }

    /**
     * One share compared with a published one.
     *
     * @param key what is compared (a message key's last part)
     * @param ours empty where it would rest on a suppressed number
     */
    public record Comparison(String key, OptionalDouble ours, double reference) {
    }
}
