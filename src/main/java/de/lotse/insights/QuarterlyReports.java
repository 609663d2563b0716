package de.lotse.insights;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lotse.directline.ReferralOutcome;
import de.lotse.concerns.LegalTopic;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;

/** Puts the quarterly report together, for quality management and the executive management (all sites). */
@Service
public class QuarterlyReports {

    private final InsightDashboard dashboard;
    private final Aggregates aggregates;
    private final MeasuresLoop loop;
    private final Measures measures;
    private final CurrentJobcenter jobcenter;

    QuarterlyReports(InsightDashboard dashboard, Aggregates aggregates, MeasuresLoop loop, Measures measures,
            CurrentJobcenter jobcenter) {
        this.dashboard = dashboard;
        this.aggregates = aggregates;
        this.loop = loop;
        this.measures = measures;
        this.jobcenter = jobcenter;
    }

    public static boolean mayRead(StaffMember viewer) {
        return viewer.role() == StaffRole.QUALITY_MANAGEMENT || viewer.role() == StaffRole.EXECUTIVE_MANAGER;
    }

    /** @param withTexts whether to group the free texts too (the PDF shows the groups, the data exports do not) */
    @Transactional(readOnly = true)
    public ReportData of(StaffMember viewer, Quarter quarter, boolean withTexts) {
        if (!mayRead(viewer)) {
            throw new NotAllowed("the quarterly report is for quality management and the executive management");
        }
        return of(viewer.jobcenter(), quarter, withTexts);
    }

    /** The report of a Jobcenter, all sites and all measures: for a reader checked already, or for the partners. */
    @Transactional(readOnly = true)
    ReportData of(JobcenterId owner, Quarter quarter, boolean withTexts) {
        InsightScope scope = new InsightScope(owner, quarter.first(), quarter.last(), Set.of(),
                java.util.Optional.empty());
        DashboardFigures figures = dashboard.figures(scope, false, withTexts);
        SuppressedTable referrals = Suppression.apply(CountTable.of(
                Arrays.stream(LegalTopic.values()).map(Enum::name).toList(),
                Arrays.stream(ReferralOutcome.values()).map(Enum::name).toList(), aggregates.referralOutcomes(scope)));
        List<ReportData.MeasureReport> reported = measures.of(owner, Set.of()).stream()
                .map(measure -> new ReportData.MeasureReport(measure, loop.effectOf(measure))).toList();
        return new ReportData(quarter, jobcenter.get().name(), figures, referrals, reported, comparisons(figures));
    }

    static List<ReportData.Comparison> comparisons(DashboardFigures figures) {
        List<ReportData.Comparison> comparisons = new ArrayList<>();
        SuppressedTable outcomes = figures.outcomes();
        OptionalLong granted = cell(outcomes, "GRANTED");
        OptionalLong partly = cell(outcomes, "PARTLY_GRANTED");
        OptionalLong open = cell(outcomes, InsightDashboard.OPEN);
        OptionalLong all = outcomes.rowTotals().get(0);
        comparisons.add(new ReportData.Comparison("remedy", granted.isPresent() && partly.isPresent() && open.isPresent()
                && all.isPresent() && all.getAsLong() > open.getAsLong()
                        ? OptionalDouble.of((granted.getAsLong() + partly.getAsLong()) / (double) (all.getAsLong() - open.getAsLong()))
                        : OptionalDouble.empty(), ReferenceFigures.FEDERAL_DECISION_CHANGED_2025));
        comparisons.add(share(figures.problemsBySite(), "REACHABILITY", "reachability", ReferenceFigures.MONITOR_REACHABILITY));
        comparisons.add(share(figures.problemsBySite(), "HANDLING_OF_DOCUMENTS", "documents", ReferenceFigures.MONITOR_DOCUMENTS));
        comparisons.add(share(figures.problemsBySite(), "PAYMENTS_AND_PROCESSING_TIME", "payments", ReferenceFigures.MONITOR_PAYMENTS));
        return comparisons;
    }

    private static ReportData.Comparison share(SuppressedTable table, String row, String key, double reference) {
        OptionalLong part = table.rowTotals().get(table.rows().indexOf(row));
        OptionalLong total = table.total();
        return new ReportData.Comparison(key, part.isPresent() && total.isPresent() && total.getAsLong() > 0
                ? OptionalDouble.of(part.getAsLong() / (double) total.getAsLong()) : OptionalDouble.empty(), reference);
    }

    private static OptionalLong cell(SuppressedTable distribution, String column) {
        return distribution.cell(0, distribution.columns().indexOf(column));
    }
}
