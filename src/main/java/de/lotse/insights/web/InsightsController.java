package de.lotse.insights.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.lotse.concerns.AdministrativeProblem;
import de.lotse.concerns.LegalTopic;
import de.lotse.insights.DrillDown;
import de.lotse.insights.InsightDashboard;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffPrincipal;

/**
 * The insights pages of the staff area: the dashboard with its filters, and the pseudonymised list behind it. Which
 * sites a viewer may see is decided by the service; a filter value that does not parse is left out.
 */
@Controller
class InsightsController {

    static final String PATH = "/arbeit/einblicke";

    private final InsightDashboard dashboard;
    private final DrillDown drillDown;

    InsightsController(InsightDashboard dashboard, DrillDown drillDown) {
        this.dashboard = dashboard;
        this.drillDown = drillDown;
    }

    @GetMapping(PATH)
    String dashboard(@AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(name = "von", required = false) String from,
            @RequestParam(name = "bis", required = false) String to,
            @RequestParam(name = "standort", required = false) String site,
            @RequestParam(name = "thema", required = false) String topic, Model model) {
        StaffMember viewer = principal.member();
        InsightDashboard.Filter filter = filter(from, to, site, topic);
        model.addAttribute("view", new DashboardView(viewer, dashboard.figures(viewer, filter), filter,
                dashboard.choosableSites(viewer)));
        return "insights/dashboard";
    }

    @GetMapping(PATH + "/liste")
    String list(@AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(name = "von", required = false) String from,
            @RequestParam(name = "bis", required = false) String to,
            @RequestParam(name = "standort", required = false) String site,
            @RequestParam(name = "thema", required = false) String topic,
            @RequestParam(name = "problem", required = false) String problem, Model model) {
        StaffMember viewer = principal.member();
        InsightDashboard.Filter filter = filter(from, to, site, topic);
        Optional<String> chosenProblem = code(problem, AdministrativeProblem.values());
        model.addAttribute("view", new ListView(viewer, dashboard.scope(viewer, filter),
                drillDown.list(viewer, filter, chosenProblem), chosenProblem, dashboard.choosableSites(viewer)));
        return "insights/list";
    }

    static InsightDashboard.Filter filter(String from, String to, String site, String topic) {
        return new InsightDashboard.Filter(month(from), month(to), siteId(site),
                code(topic, LegalTopic.values()).map(LegalTopic::valueOf));
    }

    private static Optional<YearMonth> month(String typed) {
        try {
            return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(YearMonth.parse(typed.strip()));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<SiteId> siteId(String typed) {
        try {
            return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(new SiteId(UUID.fromString(typed.strip())));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<String> code(String typed, Enum<?>[] values) {
        return Optional.ofNullable(typed).flatMap(candidate -> Arrays.stream(values).map(Enum::name)
                .filter(candidate::equals).findFirst());
    }
}
