package de.lotse.directory.web;

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

import de.lotse.directory.DirectoryEntries;
import de.lotse.directory.editing.ChangeId;
import de.lotse.directory.editing.DirectoryReview;
import de.lotse.directory.editing.InvalidEntry;
import de.lotse.organisation.CentreId;
import de.lotse.organisation.PartnerAdministration;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffPrincipal;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The coordinator (the Jobcenter's administrator, under /arbeit/verwaltung) reviews the partners' proposed changes of
 * directory entries, reads each entry's history and grants umbrellas editing of their members' entries. Every step is
 * checked again in {@link DirectoryReview}.
 */
@Controller
class DirectoryReviewController {

    static final String BASE = "/arbeit/verwaltung/verzeichnis";
    static final String CHANGES = BASE + "/aenderungen";

    private final DirectoryReview review;
    private final DirectoryEntries entries;
    private final PartnerAdministration partners;

    DirectoryReviewController(DirectoryReview review, DirectoryEntries entries, PartnerAdministration partners) {
        this.review = review;
        this.entries = entries;
        this.partners = partners;
    }

    @GetMapping(BASE)
    String queue(@AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(name = "erledigt", required = false) String done, Model model) {
        StaffMember admin = principal.member();
        Optional<String> notice = Optional.ofNullable(done)
                .filter(List.of("published", "rejected", "gone", "granted", "revoked")::contains)
                .map(step -> "admin.directory.review.notice." + step);
        model.addAttribute("view", new ReviewQueueView(admin, review.queue(admin), review.grants(admin),
                partners.centres(admin), entries.organizationsOf(admin.jobcenter().value()), notice));
        return "directory/review-queue";
    }

    @GetMapping(CHANGES + "/{change}")
    String change(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String change, Model model) {
        return render(principal.member(), id(change), EntryProblems.none(), "", model);
    }

    @PostMapping(CHANGES + "/{change}/veroeffentlichen")
    String publish(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String change,
            HttpServletResponse response, Model model) {
        ChangeId id = id(change);
        try {
            review.publish(principal.member(), id);
            return "redirect:" + BASE + "?erledigt=published";
        } catch (DirectoryReview.Conflict conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return render(principal.member(), id, new EntryProblems(List.of(new InvalidEntry.Problem("publish",
                    "admin.directory.review.error.conflict", List.of()))), "", model);
        } catch (IllegalStateException notPending) {
            return "redirect:" + BASE + "?erledigt=gone";
        }
    }

    @PostMapping(CHANGES + "/{change}/ablehnen")
    String reject(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String change,
            @RequestParam(required = false) String reason, HttpServletResponse response, Model model) {
        ChangeId id = id(change);
        try {
            review.reject(principal.member(), id, reason);
            return "redirect:" + BASE + "?erledigt=rejected";
        } catch (InvalidEntry invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(principal.member(), id, new EntryProblems(invalid.problems()), reason == null ? "" : reason,
                    model);
        } catch (IllegalStateException notPending) {
            return "redirect:" + BASE + "?erledigt=gone";
        }
    }

    @GetMapping(BASE + "/eintraege/{service}/verlauf")
    String history(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String service, Model model) {
        StaffMember admin = principal.member();
        UUID id = PartnerDirectoryController.uuid(service);
        var changes = review.history(admin, id);
        String name = entries.byId(id).map(entry -> entry.service().name())
                .orElse(changes.isEmpty() ? "" : changes.get(0).serviceName());
        model.addAttribute("view", new HistoryView(admin, null, id, name, changes, BASE));
        return "directory/history";
    }

    @PostMapping(BASE + "/freigaben")
    String grant(@AuthenticationPrincipal StaffPrincipal principal, @RequestParam String centre,
            @RequestParam String organization) {
        review.grant(principal.member(), new CentreId(PartnerDirectoryController.uuid(centre)),
                PartnerDirectoryController.uuid(organization));
        return "redirect:" + BASE + "?erledigt=granted#freigaben";
    }

    @PostMapping(BASE + "/freigaben/entziehen")
    String revoke(@AuthenticationPrincipal StaffPrincipal principal, @RequestParam String centre,
            @RequestParam String organization) {
        review.revoke(principal.member(), new CentreId(PartnerDirectoryController.uuid(centre)),
                PartnerDirectoryController.uuid(organization));
        return "redirect:" + BASE + "?erledigt=revoked#freigaben";
    }

    private String render(StaffMember admin, ChangeId id, EntryProblems problems, String typedReason, Model model) {
        model.addAttribute("view", new ReviewView(admin, review.reviewing(admin, id), problems, typedReason));
        return "directory/review";
    }

    private static ChangeId id(String value) {
        return new ChangeId(PartnerDirectoryController.uuid(value));
    }
}
