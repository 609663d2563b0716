package de.lotse.concerns.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.lotse.concerns.InvalidDraft;
import de.lotse.concerns.ServiceLevels;
import de.lotse.concerns.ServiceTargetsDraft;
import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffPrincipal;
import de.lotse.organisation.StaffRole;
import jakarta.servlet.http.HttpServletResponse;

/** The administrators' page for their Jobcenter's service targets (the promises the clocks keep). */
@Controller
class ServiceTargetsController {

    static final String PATH = "/arbeit/verwaltung/fristen";

    private final ServiceLevels serviceLevels;
    ServiceTargetsController(ServiceLevels serviceLevels) {
        this.serviceLevels = serviceLevels;
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(name = "gespeichert", required = false) boolean saved, Model model) {
        StaffMember admin = administrator(principal);
        model.addAttribute("view", new ServiceTargetsView(admin,
                ServiceTargetsDraft.of(serviceLevels.targetsOf(admin.jobcenter())), List.of(), saved,
                ServiceTargetsDraft.of(serviceLevels.defaults())));
        return "concerns/service-targets";
    }

    @PostMapping(PATH)
    Object change(@AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(name = "acknowledgeWorkingDays", required = false) String acknowledge,
            @RequestParam(name = "answerDays", required = false) String answer,
            @RequestParam(name = "callbackWorkingDays", required = false) String callback,
            @RequestParam(name = "workingDayEnd", required = false) String dayEnd,
            @RequestParam(name = "warnAtPercent", required = false) String warn, HttpServletResponse response,
            Model model) {
        StaffMember admin = administrator(principal);
        ServiceTargetsDraft typed = new ServiceTargetsDraft(acknowledge, answer, callback, dayEnd, warn);
        try {
            serviceLevels.change(admin, typed);
            return StatusPageController.seeOther(PATH + "?gespeichert=true");
        } catch (InvalidDraft invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("view", new ServiceTargetsView(admin, typed, invalid.problems(), false,
                    ServiceTargetsDraft.of(serviceLevels.defaults())));
            return "concerns/service-targets";
        }
    }

    /** The page itself is for administrators only; the service checks the role again on every change. */
    private static StaffMember administrator(StaffPrincipal principal) {
        if (principal.member().role() != StaffRole.ADMINISTRATOR) {
            throw new NotAllowed("service targets are set by administrators");
        }
        return principal.member();
    }
}
