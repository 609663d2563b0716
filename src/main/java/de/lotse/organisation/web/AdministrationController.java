package de.lotse.organisation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

import de.lotse.calendar.HamburgCalendar;

import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.OrganisationAdministration;
import de.lotse.organisation.OrganisationAdministration.NewAccount;
import de.lotse.organisation.Postcode;
import de.lotse.organisation.Site;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffId;
import de.lotse.organisation.StaffPrincipal;
import de.lotse.organisation.StaffRole;
import jakarta.servlet.http.HttpServletResponse;

/** Administration for the administrator role; every change is checked again in {@link OrganisationAdministration}. */
@Controller
class AdministrationController {

    static final String PATH = "/arbeit/verwaltung";

    private final OrganisationAdministration administration;
    private final Sites sites;
    private final Clock clock;

    private final org.springframework.beans.factory.ObjectProvider<com.icegreen.greenmail.util.GreenMail> embeddedMail;

    AdministrationController(OrganisationAdministration administration, Sites sites, Clock clock,
            org.springframework.beans.factory.ObjectProvider<com.icegreen.greenmail.util.GreenMail> embeddedMail) {
        this.embeddedMail = embeddedMail;
        this.administration = administration;
        this.sites = sites;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        return render(principal, Optional.empty(), Optional.empty(), model);
    }

    @PostMapping(PATH + "/postleitzahl")
    Object route(@AuthenticationPrincipal StaffPrincipal principal, @RequestParam String postcode,
            @RequestParam(required = false) String site, HttpServletResponse response, Model model) {
        Optional<Postcode> parsed = Postcode.parse(postcode);
        if (parsed.isEmpty()) {
            return problem(principal, "intake.error.postcode.format", response, model);
        }
        Optional<SiteId> target = siteId(site);
        if (target.isPresent()) {
            administration.route(principal.member(), parsed.get(), target.get());
        } else {
            administration.unroute(principal.member(), parsed.get());
        }
        return back();
    }

    @PostMapping(PATH + "/bereitschaft")
    Object dutyEmail(@AuthenticationPrincipal StaffPrincipal principal, @RequestParam String site,
            @RequestParam(required = false) String email, HttpServletResponse response, Model model) {
        try {
            administration.setDutyEmail(principal.member(), siteId(site).orElseThrow(() -> new NotAllowed("no site")), email);
            return back();
        } catch (IllegalArgumentException invalid) {
            return problem(principal, "intake.error.email.format", response, model);
        }
    }

    @PostMapping(PATH + "/zentral")
    Object central(@AuthenticationPrincipal StaffPrincipal principal, @RequestParam(required = false) String site) {
        administration.makeCentral(principal.member(), siteId(site).orElseThrow(() -> new NotAllowed("no site")));
        return back();
    }

    @PostMapping(PATH + "/mitarbeitende")
    Object createStaff(@AuthenticationPrincipal StaffPrincipal principal, @RequestParam String login,
            @RequestParam String name, @RequestParam String role,
            @RequestParam(name = "sites", required = false) List<String> siteIds, HttpServletResponse response,
            Model model) {
        try {
            Set<SiteId> chosen = siteIds == null ? Set.of()
                    : siteIds.stream().flatMap(id -> siteId(id).stream()).collect(Collectors.toSet());
            NewAccount created = administration.createStaff(principal.member(), login, name, StaffRole.valueOf(role), chosen);
            return render(principal, Optional.of(created), Optional.empty(), model);
        } catch (IllegalArgumentException invalid) {
            return problem(principal, "admin.error.staff", response, model);
        }
    }

    @PostMapping(PATH + "/mitarbeitende/aktiv")
    Object setActive(@AuthenticationPrincipal StaffPrincipal principal, @RequestParam String member,
            @RequestParam boolean active, HttpServletResponse response, Model model) {
        try {
            administration.setActive(principal.member(), new StaffId(UUID.fromString(member)), active);
            return back();
        } catch (IllegalArgumentException invalid) {
            return problem(principal, "admin.error.self", response, model);
        }
    }

    @PostMapping(PATH + "/feiertag")
    Object holiday(@AuthenticationPrincipal StaffPrincipal principal, @RequestParam String day,
            @RequestParam(required = false) String name, @RequestParam(defaultValue = "false") boolean withdraw,
            HttpServletResponse response, Model model) {
        try {
            LocalDate date = LocalDate.parse(day.strip());
            if (withdraw) {
                administration.withdrawHoliday(principal.member(), date);
            } else {
                administration.declareHoliday(principal.member(), date, name);
            }
            return back();
        } catch (DateTimeParseException | IllegalArgumentException invalid) {
            return problem(principal, "admin.error.holiday", response, model);
        }
    }

    private Object problem(StaffPrincipal principal, String key, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return render(principal, Optional.empty(), Optional.of(key), model);
    }

    private String render(StaffPrincipal principal, Optional<NewAccount> created, Optional<String> problem, Model model) {
        var admin = principal.member();
        List<Site> all = sites.of(admin.jobcenter());
        Map<SiteId, String> dutyEmails = new HashMap<>();
        all.forEach(site -> administration.dutyEmail(admin, site.id()).ifPresent(email -> dutyEmails.put(site.id(), email)));
        int year = LocalDate.now(clock.withZone(HamburgCalendar.ZONE)).getYear();
        model.addAttribute("view", new AdministrationView(admin, all, dutyEmails, administration.routes(admin),
                administration.staff(admin), administration.holidays(admin, year), year, created, problem,
                administration.centralSite(admin).map(Site::id), embeddedMail.getIfAvailable() != null));
        return "organisation/administration";
    }

    private static RedirectView back() {
        RedirectView redirect = new RedirectView(PATH, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        return redirect;
    }

    private static Optional<SiteId> siteId(String typed) {
        try {
            return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(new SiteId(UUID.fromString(typed.strip())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
