package de.lotse.directline.web;

import java.util.List;
import java.util.Map;
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

import de.lotse.concerns.FieldProblem;
import de.lotse.concerns.InvalidDraft;
import de.lotse.directline.DirectLine;
import de.lotse.directline.IllegalReferralStep;
import de.lotse.directline.ReferralChanged;
import de.lotse.directline.ReferralOutcome;
import de.lotse.directline.RootCause;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.StaffPrincipal;
import jakarta.servlet.http.HttpServletResponse;

/** The Jobcenter's side of the direct line: the site, area and executive management's referrals. */
@Controller
class SiteReferralController {

    static final String BASE = "/arbeit/klaerung";

    private final DirectLine directLine;
    private final ReferralPages pages;

    SiteReferralController(DirectLine directLine, ReferralPages pages) {
        this.directLine = directLine;
        this.pages = pages;
    }

    @GetMapping(BASE)
    String list(@AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(name = "abgeschlossen", required = false) boolean settledToo, Model model) {
        model.addAttribute("viewer", principal.member());
        model.addAttribute("rows", directLine.forJobcenter(principal.member(), settledToo));
        model.addAttribute("settledToo", settledToo);
        model.addAttribute("serves", directLine.servesDirectLine(principal.member()));
        model.addAttribute("now", java.time.Instant.now());
        return "directline/site-list";
    }

    @GetMapping(BASE + "/{reference}")
    String referral(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference, Model model) {
        return page(principal, reference, FormState.clean(), Map.of(), null, model);
    }

    @PostMapping(BASE + "/{reference}/nachricht")
    String write(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference,
            @RequestParam int version, @RequestParam(required = false) String text, HttpServletResponse response,
            Model model) {
        return work(principal, reference, "text", Map.of("text", text == null ? "" : text), response, model,
                () -> directLine.writeAsJobcenter(principal.member(), reference, version, text));
    }

    @PostMapping(BASE + "/{reference}/notiz")
    String note(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference,
            @RequestParam int version, @RequestParam(required = false) String note, HttpServletResponse response,
            Model model) {
        return work(principal, reference, "note", Map.of("note", note == null ? "" : note), response, model,
                () -> directLine.noteAsJobcenter(principal.member(), reference, version, note));
    }

    @PostMapping(BASE + "/{reference}/weiterleiten")
    String reroute(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference,
            @RequestParam int version, @RequestParam(required = false) String site,
            @RequestParam(required = false) String rerouteReason, HttpServletResponse response, Model model) {
        Map<String, String> typed = Map.of("rerouteReason", rerouteReason == null ? "" : rerouteReason, "site",
                site == null ? "" : site);
        return work(principal, reference, "rerouteReason", typed, response, model, () -> directLine.reroute(
                principal.member(), reference, version, siteId(site), rerouteReason));
    }

    @PostMapping(BASE + "/{reference}/abschluss")
    String resolve(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference,
            @RequestParam int version, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String outcomeReason, @RequestParam(required = false) String cause,
            HttpServletResponse response, Model model) {
        Map<String, String> typed = Map.of("outcomeReason", outcomeReason == null ? "" : outcomeReason, "outcome",
                outcome == null ? "" : outcome, "cause", cause == null ? "" : cause);
        return work(principal, reference, "outcomeReason", typed, response, model, () -> {
            ReferralOutcome chosen = choice(outcome, ReferralOutcome.class).orElseThrow(() -> new InvalidDraft(
                    List.of(FieldProblem.of("outcome", "staff.referral.error.outcome"))));
            if (chosen.needsReason() && (outcomeReason == null || outcomeReason.isBlank())) {
                throw new InvalidDraft(List.of(FieldProblem.of("outcomeReason", "staff.referral.error.reason")));
            }
            directLine.resolve(principal.member(), reference, version, chosen, outcomeReason,
                    choice(cause, RootCause.class));
        });
    }

    @PostMapping(BASE + "/{reference}/dokument")
    String attach(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference,
            @RequestParam int version,
            @RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
            HttpServletResponse response, Model model) {
        return work(principal, reference, "file", Map.of("file", ""), response, model,
                () -> directLine.attachAsJobcenter(principal.member(), reference, version, Downloads.upload(file)));
    }

    @GetMapping(BASE + "/{reference}/dokument/{id}")
    org.springframework.http.ResponseEntity<byte[]> document(@AuthenticationPrincipal StaffPrincipal principal,
            @PathVariable String reference, @PathVariable String id) {
        return Downloads.of(directLine.documentForJobcenter(principal.member(), reference, Downloads.id(id)));
    }

    private String work(StaffPrincipal principal, String reference, String field, Map<String, String> typed,
            HttpServletResponse response, Model model, Runnable step) {
        try {
            step.run();
            return "redirect:" + BASE + "/" + reference + "#verlauf";
        } catch (InvalidDraft invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(principal, reference, new FormState(invalid.problems().stream()
                    .map(problem -> problem.field().equals("text") ? new FieldProblem(field, problem.messageKey(),
                            problem.arguments()) : problem)
                    .toList()), typed, null, model);
        } catch (ReferralChanged changed) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(principal, reference, FormState.clean(), typed, "partner.referral.changedMeanwhile", model);
        } catch (IllegalReferralStep illegal) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(principal, reference, FormState.clean(), typed, "partner.referral.notPossible", model);
        }
    }

    private String page(StaffPrincipal principal, String reference, FormState state, Map<String, String> typed,
            String notice, Model model) {
        DirectLine.ReferralView view = directLine.forJobcenter(principal.member(), reference);
        model.addAttribute("view", pages.page(view, BASE + "/" + view.referral().reference().value(), state, typed, notice,
                directLine.sitesOf(principal.member()), directLine.decides(principal.member(), view.referral())));
        model.addAttribute("viewer", principal.member());
        return "directline/referral";
    }

    private static SiteId siteId(String typed) {
        try {
            return new SiteId(UUID.fromString(typed == null ? "" : typed));
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidDraft(List.of(FieldProblem.of("site", "staff.referral.error.site")));
        }
    }

    private static <E extends Enum<E>> Optional<E> choice(String typed, Class<E> type) {
        try {
            return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(Enum.valueOf(type, typed));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
