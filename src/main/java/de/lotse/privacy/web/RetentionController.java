package de.lotse.privacy.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffPrincipal;
import de.lotse.organisation.StaffRole;
import de.lotse.privacy.RetentionPolicies;
import de.lotse.privacy.RetentionPolicies.Draft;
import de.lotse.privacy.RetentionPolicies.InvalidPolicy;
import jakarta.servlet.http.HttpServletResponse;

/** The administrators' page for how long their Jobcenter keeps the personal data of finished cases. */
@Controller
class RetentionController {

    static final String PATH = "/arbeit/verwaltung/aufbewahrung";

    private final RetentionPolicies policies;

    RetentionController(RetentionPolicies policies) {
        this.policies = policies;
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(name = "gespeichert", required = false) boolean saved, Model model) {
        StaffMember admin = administrator(principal);
        model.addAttribute("view", new RetentionView(admin, Draft.of(policies.of(admin.jobcenter())), List.of(), saved,
                policies.defaults()));
        return "privacy/retention";
    }

    @PostMapping(PATH)
    Object change(@AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(name = "concernMonths", required = false) String concernMonths,
            @RequestParam(name = "referralMonths", required = false) String referralMonths,
            HttpServletResponse response, Model model) {
        StaffMember admin = administrator(principal);
        Draft typed = new Draft(concernMonths, referralMonths);
        try {
            policies.change(admin, typed);
            RedirectView saved = new RedirectView(PATH + "?gespeichert=true", true);
            saved.setStatusCode(HttpStatus.SEE_OTHER);
            return saved;
        } catch (InvalidPolicy invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("view", new RetentionView(admin, typed, invalid.fields(), false, policies.defaults()));
            return "privacy/retention";
        }
    }

    /** The page is for administrators only; the service checks the role again on every change. */
    private static StaffMember administrator(StaffPrincipal principal) {
        if (principal.member().role() != StaffRole.ADMINISTRATOR) {
            throw new NotAllowed("retention periods are set by administrators");
        }
        return principal.member();
    }
}
