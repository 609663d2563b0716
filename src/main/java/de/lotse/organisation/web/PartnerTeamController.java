package de.lotse.organisation.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.InvalidInput;
import de.lotse.organisation.OrganisationAdministration.NewAccount;
import de.lotse.organisation.PartnerTeam;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffPrincipal;
import de.lotse.organisation.StaffRole;
import de.lotse.web.Pages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A counselling centre's administrator keeps the team; every change is checked again in {@link PartnerTeam}. While the
 * centre is not approved the page shows only the notice.
 */
@Controller
class PartnerTeamController {

    static final String PATH = "/partner/team";

    private final PartnerTeam team;
    private final Pages pages;

    PartnerTeamController(PartnerTeam team, Pages pages) {
        this.team = team;
        this.pages = pages;
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        return render(principal.member(), Optional.empty(), FormProblems.none(), "", "", "", model);
    }

    @PostMapping(PATH)
    String invite(@AuthenticationPrincipal StaffPrincipal principal, @RequestParam(required = false) String login,
            @RequestParam(required = false) String name, @RequestParam(required = false) String role,
            HttpServletResponse response, Model model) {
        StaffMember viewer = principal.member();
        try {
            NewAccount created = team.invite(viewer, login, name, role(role));
            return render(viewer, Optional.of(created), FormProblems.none(), "", "", "", model);
        } catch (InvalidInput invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(viewer, Optional.empty(), new FormProblems(invalid.problems()), login == null ? "" : login,
                    name == null ? "" : name, role == null ? "" : role, model);
        }
    }

    @PostMapping(PATH + "/entfernen")
    Object remove(@AuthenticationPrincipal StaffPrincipal principal, @RequestParam String member,
            HttpServletResponse response, Model model) {
        StaffMember viewer = principal.member();
        try {
            team.remove(viewer, PartnerCentresController.staffId(member));
            return PartnerCentresController.seeOther(PATH);
        } catch (IllegalArgumentException self) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(viewer, Optional.empty(),
                    new FormProblems(List.of(new InvalidInput.Problem("members", "partner.team.error.self"))), "", "", "",
                    model);
        }
    }

    /** A suspended (or not yet approved) centre's administrator sees the notice, also after sending a form. */
    @ExceptionHandler(PartnerTeam.CentreNotApproved.class)
    ModelAndView notApproved(HttpServletRequest request) {
        StaffMember viewer = ((StaffPrincipal) ((Authentication) request.getUserPrincipal()).getPrincipal()).member();
        CounsellingCentre centre = team.centreOf(viewer);
        TeamView view = TeamView.notApproved(viewer, centre, team.standingOf(viewer).reason());
        return new ModelAndView("organisation/partner-team", Map.of("page", pages.of(request), "view", view),
                "GET".equals(request.getMethod()) ? HttpStatus.OK : HttpStatus.FORBIDDEN);
    }

    private String render(StaffMember viewer, Optional<NewAccount> created, FormProblems problems, String typedLogin,
            String typedName, String typedRole, Model model) {
        model.addAttribute("view", new TeamView(viewer, team.centreOf(viewer), Optional.empty(), team.members(viewer),
                created, problems, typedLogin, typedName, typedRole));
        return "organisation/partner-team";
    }

    private static StaffRole role(String typed) {
        return java.util.stream.Stream.of(StaffRole.COUNSELLOR, StaffRole.DIRECTORY_EDITOR, StaffRole.PARTNER_ADMIN)
                .filter(role -> role.name().equals(typed)).findFirst().orElse(null);
    }
}
