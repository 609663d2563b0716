package de.lotse.accessibility.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

import de.lotse.accessibility.BarrierReports;
import de.lotse.accessibility.BarrierReports.Draft;
import de.lotse.accessibility.BarrierReports.InvalidReport;
import de.lotse.accessibility.web.StatementView.StatementSettings;
import de.lotse.web.FormRecovery;
import de.lotse.web.Pages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The accessibility statement (Erklärung zur Barrierefreiheit) and its form to report a barrier. */
@Controller
class AccessibilityStatementController {

    static final String PATH = "/barrierefreiheit";
    static final String FEEDBACK = PATH + "/rueckmeldung";
    static final String RESEND = FEEDBACK + "/erneut";

    private final BarrierReports reports;
    private final Pages pages;
    private final StatementSettings settings;

    AccessibilityStatementController(BarrierReports reports, Pages pages,
            @Value("${lotse.accessibility.feedback-mailbox:barrierefreiheit@jobcenter.lotse.test}") String mailbox,
            @Value("${lotse.accessibility.statement-date:2026-11-27}") LocalDate preparedOn,
            @Value("${lotse.public-url:}") String publicUrl,
            @Value("${lotse.accessibility.enforcement-name:Schlichtungsstelle nach dem Behindertengleichstellungsgesetz (§ 16 BGG) bei dem Beauftragten der Bundesregierung für die Belange von Menschen mit Behinderungen}") String enforcementName,
            @Value("${lotse.accessibility.enforcement-url:https://www.schlichtungsstelle-bgg.de}") String enforcementUrl,
            @Value("${lotse.accessibility.ombuds-name:Ombudsstelle für barrierefreie Informationstechnik der Freien und Hansestadt Hamburg (§ 4 HmbBITVO)}") String ombudsName,
            @Value("${lotse.accessibility.ombuds-url:}") String ombudsUrl) {
        this.reports = reports;
        this.pages = pages;
        this.settings = new StatementSettings(mailbox, preparedOn, publicUrl.isBlank() ? "" : publicUrl.strip(),
                enforcementName, enforcementUrl, ombudsName, ombudsUrl);
    }

    @GetMapping(PATH)
    String statement(@RequestParam(name = "gesendet", required = false) boolean sent, Model model) {
        model.addAttribute("view", new StatementView(Draft.empty(), List.of(), sent, null, settings));
        return "accessibility/statement";
    }

    @PostMapping(FEEDBACK)
    Object report(@RequestParam(name = "message", required = false) String message,
            @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "email", required = false) String email, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        Draft typed = new Draft(message, page, name, email);
        try {
            reports.report(typed, pages.of(request).language().code());
            RedirectView thanks = new RedirectView(PATH + "?gesendet=true#rueckmeldung", true);
            thanks.setStatusCode(HttpStatus.SEE_OTHER);
            return thanks;
        } catch (InvalidReport invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("view", new StatementView(typed, invalid.problems(), false, null, settings));
            return "accessibility/statement";
        }
    }

    /** Reached only by forward from the CSRF check: the form again with what was typed; nothing is stored. */
    @PostMapping(RESEND)
    String resend(@RequestParam(name = "message", required = false) String message,
            @RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "email", required = false) String email, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        boolean cookieSent = request.getCookies() != null && Arrays.stream(request.getCookies())
                .anyMatch(cookie -> FormRecovery.CSRF_COOKIE.equals(cookie.getName()));
        model.addAttribute("view", new StatementView(new Draft(message, page, name, email), List.of(), false,
                cookieSent ? "form.resend.text" : "form.resend.cookies", settings));
        return "accessibility/statement";
    }

    /** The feedback form comes back with what was typed when its CSRF check fails. */
    @Component
    static class Recovery implements FormRecovery {
        @Override
        public Optional<String> recoveryPathFor(String postedPath) {
            return FEEDBACK.equals(postedPath) ? Optional.of(RESEND) : Optional.empty();
        }
    }
}
