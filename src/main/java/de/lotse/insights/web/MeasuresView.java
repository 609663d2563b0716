package de.lotse.insights.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import de.lotse.concerns.FieldProblem;
import de.lotse.insights.ChangeKind;
import de.lotse.insights.Measure;
import de.lotse.insights.MeasureDraft;
import de.lotse.insights.MeasureEffect;
import de.lotse.organisation.Site;
import de.lotse.organisation.StaffMember;

/** The measures page: the measures with their effect so far, and the form for a new one. */
public record MeasuresView(StaffMember viewer, List<Row> measures, MeasureDraft form, List<FieldProblem> problems,
        List<Site> sites, boolean saved) {

    /** A measure and, once in effect, its effect. */
    public record Row(Measure measure, Optional<MeasureEffect> effect) {
    }

    public List<ChangeKind> changeKinds() {
        return List.of(ChangeKind.values());
    }

    public Optional<FieldProblem> problem(String field) {
        return problems.stream().filter(problem -> problem.field().equals(field)).findFirst();
    }

    public String site(Measure measure) {
        return measure.target().site().flatMap(id -> sites.stream().filter(site -> site.id().equals(id)).findFirst())
                .map(Site::name).orElse("–");
    }

    public boolean chosenSite(Site site) {
        return site.id().value().toString().equals(form.site());
    }

    public String rate(OptionalDouble rate) {
        return rate.isPresent() ? String.format(Locale.GERMAN, "%.1f", rate.getAsDouble()) : DashboardView.SUPPRESSED;
    }

    public String change(OptionalDouble change) {
        return change.isPresent() ? String.format(Locale.GERMAN, "%+.0f %%", change.getAsDouble() * 100)
                : DashboardView.SUPPRESSED;
    }
}
