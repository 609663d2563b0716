package de.lotse.directline.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.lotse.concerns.InvalidDraft;
import de.lotse.concerns.Reference;
import de.lotse.directline.DirectLine;
import de.lotse.directline.IllegalReferralStep;
import de.lotse.directline.ReferralChanged;
import de.lotse.directline.ReferralDraft;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.PartnerTeam;
import de.lotse.organisation.StaffPrincipal;
import jakarta.servlet.http.HttpServletResponse;

/** The counselling centre's side of the direct line: its referrals, a new one, and each one's thread. */
@Controller
class PartnerReferralController {

    static final String BASE = "/partner/klaerungsfaelle";

    private final DirectLine directLine;
    private final ReferralPages pages;
    private final PartnerTeam partnerTeam;

    PartnerReferralController(DirectLine directLine, ReferralPages pages, PartnerTeam partnerTeam) {
        this.directLine = directLine;
        this.partnerTeam = partnerTeam;
        this.pages = pages;
    }

    @GetMapping("/partner")
    String list(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        if (!principal.member().role().seesReferrals()) {
            // A directory editor's home is the centre's directory entries; the referrals are not theirs to see.
            return "redirect:/partner/verzeichnis";
        }
        // A centre not (or no longer) approved sees why, and nothing else.
        CounsellingCentre centre = partnerTeam.centreOf(principal.member());
        model.addAttribute("centre", centre);
        model.addAttribute("reason", centre.approved() ? null
                : partnerTeam.standingOf(principal.member()).reason().orElse(null));
        model.addAttribute("viewer", principal.member());
        model.addAttribute("rows", centre.approved() ? directLine.ofCentre(principal.member()) : List.of());
        model.addAttribute("now", java.time.Instant.now());
        return "directline/partner-list";
    }

    @GetMapping(BASE + "/neu")
    String form(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        model.addAttribute("view", new ReferralFormView(directLine.centreOf(principal.member()), ReferralDraft.empty(),
                FormState.clean()));
        model.addAttribute("viewer", principal.member());
        return "directline/referral-form";
    }

    @PostMapping(BASE)
    String open(@AuthenticationPrincipal StaffPrincipal principal, @ModelAttribute ReferralDraft form,
            HttpServletResponse response, Model model) {
        try {
            Reference reference = directLine.open(principal.member(), form);
            return "redirect:" + BASE + "/" + reference.value() + "?neu=1";
        } catch (InvalidDraft invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("view", new ReferralFormView(directLine.centreOf(principal.member()), form,
                    new FormState(invalid.problems())));
            model.addAttribute("viewer", principal.member());
            return "directline/referral-form";
        }
    }

    @GetMapping(BASE + "/{reference}")
    String referral(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference,
            @RequestParam(name = "neu", required = false) boolean justOpened, Model model) {
        return page(principal, reference, FormState.clean(), Map.of(), justOpened ? "partner.referral.opened" : null,
                model);
    }

    @PostMapping(BASE + "/{reference}/nachricht")
    String write(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference,
            @RequestParam int version, @RequestParam(required = false) String text, HttpServletResponse response,
            Model model) {
        return work(principal, reference, Map.of("text", text == null ? "" : text), response, model,
                () -> directLine.writeAsCentre(principal.member(), reference, version, text));
    }

    @PostMapping(BASE + "/{reference}/notiz")
    String note(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference,
            @RequestParam int version, @RequestParam(required = false) String note, HttpServletResponse response,
            Model model) {
        return work(principal, reference, Map.of("note", note == null ? "" : note), response, model,
                () -> directLine.noteAsCentre(principal.member(), reference, version, note));
    }

    @PostMapping(BASE + "/{reference}/eskalation")
    String escalate(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference,
            @RequestParam int version, @RequestParam(required = false) String reason, HttpServletResponse response,
            Model model) {
        return work(principal, reference, Map.of("reason", reason == null ? "" : reason), response, model,
                () -> directLine.escalateAsCentre(principal.member(), reference, version, reason));
    }

    @PostMapping(BASE + "/{reference}/einwilligung")
    String signedConsent(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference,
            @RequestParam int version, @RequestParam(required = false) String signedBy,
            @RequestParam(name = "consentForm", required = false) org.springframework.web.multipart.MultipartFile form,
            HttpServletResponse response, Model model) {
        return work(principal, reference, Map.of("signedBy", signedBy == null ? "" : signedBy), response, model,
                () -> directLine.recordSignedConsent(principal.member(), reference, version, signedBy,
                        Downloads.upload(form)));
    }

    @PostMapping(BASE + "/{reference}/widerruf")
    String withdrawal(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference) {
        directLine.recordWithdrawal(principal.member(), reference);
        return "redirect:/partner";
    }

    @PostMapping(BASE + "/{reference}/dokument")
    String attach(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference,
            @RequestParam int version,
            @RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
            HttpServletResponse response, Model model) {
        return work(principal, reference, Map.of("file", ""), response, model,
                () -> directLine.attachAsCentre(principal.member(), reference, version, Downloads.upload(file)));
    }

    @GetMapping(BASE + "/{reference}/dokument/{id}")
    org.springframework.http.ResponseEntity<byte[]> document(@AuthenticationPrincipal StaffPrincipal principal,
            @PathVariable String reference, @PathVariable String id) {
        return Downloads.of(directLine.documentForCentre(principal.member(), reference, Downloads.id(id)));
    }

    private String work(StaffPrincipal principal, String reference, Map<String, String> typed,
            HttpServletResponse response, Model model, Runnable step) {
        String field = typed.keySet().iterator().next();
        try {
            step.run();
            return "redirect:" + BASE + "/" + reference + "#verlauf";
        } catch (InvalidDraft invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(principal, reference, new FormState(invalid.problems().stream()
                    .map(problem -> problem.field().equals("text") ? new de.lotse.concerns.FieldProblem(field,
                            problem.messageKey(), problem.arguments()) : problem)
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
        DirectLine.ReferralView view = directLine.forCentre(principal.member(), reference);
        model.addAttribute("view", pages.page(view, BASE + "/" + view.referral().reference().value(), state, typed, notice,
                List.of(), false));
        model.addAttribute("viewer", principal.member());
        return "directline/referral";
    }
}
