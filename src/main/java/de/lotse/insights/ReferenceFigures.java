package de.lotse.insights;

/**
 * Published figures a Jobcenter compares itself with in the quarterly report (copied from the public sources, as
 * reported): the Bundesagentur's SGB II objection statistics and the Hamburg welfare associations' "Monitor
 * Verwaltungshandeln".
 */
final class ReferenceFigures {

    /** SGB II objections decided in Germany in 2025 in which the decision was changed: 147,213 of 476,728. */
    static final double FEDERAL_DECISION_CHANGED_2025 = 147_213.0 / 476_728.0;

    /** Monitor Verwaltungshandeln, 11 Oct 2023 – 31 Dec 2024: shares of the problem items reported. */
    static final double MONITOR_REACHABILITY = 0.47;
    static final double MONITOR_DOCUMENTS = 0.22;
    static final double MONITOR_PAYMENTS = 0.20;

    private ReferenceFigures() {
    }
}
