package de.lotse.insights.web;

import java.net.URI;
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
import de.lotse.insights.PartnerReports;
import de.lotse.insights.RecipientDraft;
import de.lotse.insights.RecipientId;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffPrincipal;
import jakarta.servlet.http.HttpServletResponse;

/** The quarterly report to the partners: its recipients, a preview of the mail, and "send now". */
@Controller
class PartnerReportController {

    static final String PATH = InsightsController.PATH + "/partnerbericht";

    private final PartnerReports reports;

    PartnerReportController(PartnerReports reports) {
        this.reports = reports;
    }

    @GetMapping(PATH)
    String page(@AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(name = "gespeichert", required = false) boolean saved,
            @RequestParam(name = "gesendet", required = false) Integer sent, Model model) {
        model.addAttribute("view", view(principal.member(), RecipientDraft.empty(), List.of(), saved, Optional.ofNullable(sent)));
        return "insights/partner-report";
    }

    @PostMapping(PATH + "/empfaenger")
    Object add(@AuthenticationPrincipal StaffPrincipal principal, @ModelAttribute RecipientDraft draft,
            HttpServletResponse response, Model model) {
        try {
            reports.add(principal.member(), draft);
            return seeOther(PATH + "?gespeichert=true");
        } catch (InvalidDraft invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("view", view(principal.member(), draft, invalid.problems(), false, Optional.empty()));
            return "insights/partner-report";
        }
    }

    @PostMapping(PATH + "/empfaenger/{id}/entfernen")
    ResponseEntity<Void> remove(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable UUID id) {
        reports.remove(principal.member(), new RecipientId(id));
        return seeOther(PATH + "?gespeichert=true");
    }

    @PostMapping(PATH + "/senden")
    ResponseEntity<Void> send(@AuthenticationPrincipal StaffPrincipal principal) {
        return seeOther(PATH + "?gesendet=" + reports.sendNow(principal.member()));
    }

    private PartnerReportView view(StaffMember viewer, RecipientDraft form, List<FieldProblem> problems, boolean saved,
            Optional<Integer> sent) {
        return new PartnerReportView(viewer, reports.recipients(viewer), reports.furtherRecipients(viewer), form,
                problems, PartnerReports.maySend(viewer) ? Optional.of(reports.preview(viewer)) : Optional.empty(),
                saved, sent);
    }

    private static ResponseEntity<Void> seeOther(String location) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(location)).build();
    }
}
