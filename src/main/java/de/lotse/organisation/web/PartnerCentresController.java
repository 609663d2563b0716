package de.lotse.organisation.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

import de.lotse.organisation.CentreDraft;
import de.lotse.organisation.CentreId;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.InvalidInput;
import de.lotse.organisation.NotFound;
import de.lotse.organisation.OrganisationAdministration.NewAccount;
import de.lotse.organisation.PartnerAdministration;
import de.lotse.organisation.StaffId;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffPrincipal;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The administrator's pages for the counselling centres (direct-line partners); every change is checked again in
 * {@link PartnerAdministration}.
 */
@Controller
class PartnerCentresController {

    static final String PATH = "/arbeit/verwaltung/partner";

    private final PartnerAdministration partners;

    PartnerCentresController(PartnerAdministration partners) {
        this.partners = partners;
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        return list(principal.member(), CentreDraft.empty(), FormProblems.none(), model);
    }

    @PostMapping(PATH)
    Object register(@AuthenticationPrincipal StaffPrincipal principal, @RequestParam(required = false) String name,
            @RequestParam(required = false) String provider, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String email, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String address, HttpServletResponse response, Model model) {
        CentreDraft typed = new CentreDraft(name, provider, kind, email, phone, address);
        try {
            CounsellingCentre centre = partners.register(principal.member(), typed);
            return seeOther(PATH + "/" + centre.id().value() + "?angelegt");
        } catch (InvalidInput invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return list(principal.member(), typed, new FormProblems(invalid.problems()), model);
        }
    }

    @GetMapping(PATH + "/{id}")
    String centre(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String id,
            @RequestParam(name = "angelegt", required = false) String registered,
            @RequestParam(name = "freigegeben", required = false) String approved,
            @RequestParam(name = "ausgesetzt", required = false) String suspended, Model model) {
        Optional<String> notice = registered != null ? Optional.of("admin.partners.registered")
                : approved != null ? Optional.of("admin.partners.approved")
                : suspended != null ? Optional.of("admin.partners.suspended") : Optional.empty();
        return centre(principal.member(), centreId(id), Optional.empty(), FormProblems.none(), "", "", "", notice, model);
    }

    @PostMapping(PATH + "/{id}/freigeben")
    Object approve(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String id,
            HttpServletResponse response, Model model) {
        CentreId centre = centreId(id);
        try {
            partners.approve(principal.member(), centre);
            return seeOther(PATH + "/" + id + "?freigegeben");
        } catch (IllegalStateException movedMeanwhile) {
            return conflict(principal.member(), centre, response, model);
        }
    }

    @PostMapping(PATH + "/{id}/aussetzen")
    Object suspend(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String id,
            @RequestParam(required = false) String reason, HttpServletResponse response, Model model) {
        CentreId centre = centreId(id);
        try {
            partners.suspend(principal.member(), centre, reason);
            return seeOther(PATH + "/" + id + "?ausgesetzt");
        } catch (InvalidInput invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return centre(principal.member(), centre, Optional.empty(), new FormProblems(invalid.problems()), "", "",
                    reason == null ? "" : reason, Optional.empty(), model);
        } catch (IllegalStateException movedMeanwhile) {
            return conflict(principal.member(), centre, response, model);
        }
    }

    @PostMapping(PATH + "/{id}/konten")
    String createPartnerAdmin(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String id,
            @RequestParam(required = false) String login, @RequestParam(required = false) String name,
            HttpServletResponse response, Model model) {
        CentreId centre = centreId(id);
        try {
            NewAccount created = partners.createPartnerAdmin(principal.member(), centre, login, name);
            return centre(principal.member(), centre, Optional.of(created), FormProblems.none(), "", "", "",
                    Optional.empty(), model);
        } catch (InvalidInput invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return centre(principal.member(), centre, Optional.empty(), new FormProblems(invalid.problems()),
                    login == null ? "" : login, name == null ? "" : name, "", Optional.empty(), model);
        }
    }

    @PostMapping(PATH + "/{id}/konten/aktiv")
    Object setActive(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String id,
            @RequestParam String member, @RequestParam boolean active) {
        partners.setActive(principal.member(), centreId(id), staffId(member), active);
        return seeOther(PATH + "/" + id);
    }

    private String list(StaffMember admin, CentreDraft draft, FormProblems problems, Model model) {
        model.addAttribute("view", new PartnerCentresView(admin, partners.centres(admin), draft, problems));
        return "organisation/partner-centres";
    }

    private String centre(StaffMember admin, CentreId id, Optional<NewAccount> created, FormProblems problems,
            String typedLogin, String typedName, String typedReason, Optional<String> notice, Model model) {
        model.addAttribute("view", new PartnerCentreView(admin, partners.centre(admin, id), partners.standing(admin, id),
                partners.history(admin, id), partners.accounts(admin, id), created, problems, typedLogin, typedName,
                typedReason, notice));
        return "organisation/partner-centre";
    }

    /** Another administrator changed the centre's status meanwhile: the page shows it as it is now. */
    private String conflict(StaffMember admin, CentreId centre, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.CONFLICT.value());
        return centre(admin, centre, Optional.empty(),
                new FormProblems(List.of(new InvalidInput.Problem("status", "admin.partners.error.changedMeanwhile"))),
                "", "", "", Optional.empty(), model);
    }

    static RedirectView seeOther(String path) {
        RedirectView redirect = new RedirectView(path, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return redirect;
    }

    private static CentreId centreId(String typed) {
        try {
            return new CentreId(UUID.fromString(typed));
        } catch (IllegalArgumentException notAnId) {
            throw new NotFound("counselling centre " + typed);
        }
    }

    static StaffId staffId(String typed) {
        try {
            return new StaffId(UUID.fromString(typed));
        } catch (IllegalArgumentException notAnId) {
            throw new NotFound("account " + typed);
        }
    }
}
