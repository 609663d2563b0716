package de.lotse.insights.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.lotse.concerns.FieldProblem;
import de.lotse.concerns.InvalidDraft;
import de.lotse.insights.InsightDashboard;
import de.lotse.insights.MeasureDraft;
import de.lotse.insights.MeasureId;
import de.lotse.insights.MeasuresLoop;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffPrincipal;
import jakarta.servlet.http.HttpServletResponse;

/** The measures (Maßnahmen) taken against recurring conflicts: list with their effect, a new one, its steps. */
@Controller
class MeasuresController {

    static final String PATH = InsightsController.PATH + "/massnahmen";

    private final MeasuresLoop loop;
    private final InsightDashboard dashboard;

    MeasuresController(MeasuresLoop loop, InsightDashboard dashboard) {
        this.loop = loop;
        this.dashboard = dashboard;
    }

    /** A pattern's "plan a measure" link fills the form with its subject, site and month. */
    @GetMapping(PATH)
    String page(@AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(name = "thema", required = false) String topic,
            @RequestParam(name = "standort", required = false) String site,
            @RequestParam(name = "monat", required = false) String month,
            @RequestParam(name = "gespeichert", required = false) boolean saved,
            @RequestParam(name = "fehler", required = false) boolean refused, Model model) {
        MeasureDraft form = new MeasureDraft(orEmpty(topic), orEmpty(site), orEmpty(month), "", "", "", "", "");
        List<FieldProblem> problems = refused ? List.of(FieldProblem.of("step", "staff.measures.error.step")) : List.of();
        model.addAttribute("view", view(principal.member(), form, problems, saved));
        return "insights/measures";
    }

    @PostMapping(PATH)
    Object plan(@AuthenticationPrincipal StaffPrincipal principal, @ModelAttribute MeasureDraft draft,
            HttpServletResponse response, Model model) {
        try {
            loop.plan(principal.member(), draft);
            return seeOther(PATH + "?gespeichert=true");
        } catch (InvalidDraft invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("view", view(principal.member(), draft, invalid.problems(), false));
            return "insights/measures";
        }
    }

    @PostMapping(PATH + "/{id}/wirksam")
    ResponseEntity<Void> takeEffect(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable UUID id,
            @RequestParam(name = "ab", required = false) String from) {
        try {
            loop.takeEffect(principal.member(), new MeasureId(id), LocalDate.parse(from == null ? "" : from.strip()));
            return seeOther(PATH + "?gespeichert=true");
        } catch (DateTimeParseException | IllegalStateException refused) {
            return seeOther(PATH + "?fehler=true");
        }
    }

    @PostMapping(PATH + "/{id}/abschliessen")
    ResponseEntity<Void> close(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable UUID id) {
        try {
            loop.close(principal.member(), new MeasureId(id));
            return seeOther(PATH + "?gespeichert=true");
        } catch (IllegalStateException refused) {
            return seeOther(PATH + "?fehler=true");
        }
    }

    private MeasuresView view(StaffMember viewer, MeasureDraft form, List<FieldProblem> problems, boolean saved) {
        List<MeasuresView.Row> rows = loop.visibleTo(viewer).stream()
                .map(measure -> new MeasuresView.Row(measure, loop.effectOf(measure))).toList();
        return new MeasuresView(viewer, rows, form, problems, dashboard.choosableSites(viewer), saved);
    }

    private static ResponseEntity<Void> seeOther(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(location)).build();
    }

    private static String orEmpty(String value) {
        return Optional.ofNullable(value).orElse("");
    }
}
