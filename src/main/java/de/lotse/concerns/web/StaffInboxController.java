package de.lotse.concerns.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.lotse.concerns.AdministrativeProblem;
import de.lotse.concerns.CaseStep;
import de.lotse.concerns.CaseWork;
import de.lotse.concerns.ChangedMeanwhile;
import de.lotse.concerns.FieldProblem;
import de.lotse.concerns.IllegalTransition;
import de.lotse.concerns.InvalidDraft;
import de.lotse.concerns.LegalTopic;
import de.lotse.calendar.HamburgCalendar;
import de.lotse.concerns.Outcome;
import de.lotse.concerns.OutcomeCause;
import de.lotse.concerns.ConcernKind;
import de.lotse.concerns.ConcernStatus;
import de.lotse.concerns.InboxFilter;
import de.lotse.concerns.Urgency;
import de.lotse.organisation.Site;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.StaffId;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffMembers;
import de.lotse.organisation.Sites;
import de.lotse.organisation.StaffPrincipal;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The staff inbox and the concern page with its work: reply, note, lifecycle steps. Works without JavaScript: filters
 * are a GET form, every action a POST that redirects back (303) or shows the page again with what was typed.
 */
@Controller
class StaffInboxController {

    private final de.lotse.deadlines.DeadlineGuard deadlines;
    private final CaseWork caseWork;
    private final Sites sites;
    private final StaffMembers staff;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<de.lotse.concerns.ConcernReplies.DeliveryNotes> deliveryNotes;
    /** A machine translation service, if one is configured; it only proposes, staff decide. */
    private final org.springframework.beans.factory.ObjectProvider<de.lotse.language.MessageTranslator> translator;

    StaffInboxController(CaseWork caseWork, Sites sites, StaffMembers staff, Clock clock,
            org.springframework.beans.factory.ObjectProvider<de.lotse.concerns.ConcernReplies.DeliveryNotes> deliveryNotes,
            de.lotse.deadlines.DeadlineGuard deadlines,
            org.springframework.beans.factory.ObjectProvider<de.lotse.language.MessageTranslator> translator) {
        this.translator = translator;
        this.deliveryNotes = deliveryNotes;
        this.deadlines = deadlines;
        this.caseWork = caseWork;
        this.sites = sites;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping("/arbeit")
    String inbox(@AuthenticationPrincipal StaffPrincipal principal,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "art", required = false) String kind,
            @RequestParam(name = "dringlichkeit", required = false) String urgency,
            @RequestParam(name = "thema", required = false) String legalTopic,
            @RequestParam(name = "standort", required = false) String site,
            @RequestParam(name = "suche", required = false) String search,
            @RequestParam(name = "ueberfaellig", required = false) boolean overdueOnly,
            @RequestParam(name = "heute", required = false) boolean dueToday,
            @RequestParam(name = "zustaendig", required = false) String queue,
            @RequestParam(name = "seite", defaultValue = "0") int page, Model model) {
        Optional<Instant> endOfToday = dueToday
                ? Optional.of(LocalDate.now(clock.withZone(HamburgCalendar.ZONE)).plusDays(1).atStartOfDay(HamburgCalendar.ZONE).toInstant())
                : Optional.empty();
        InboxFilter filter = new InboxFilter(choice(ConcernStatus.class, status), choice(ConcernKind.class, kind),
                choice(Urgency.class, urgency), choice(LegalTopic.class, legalTopic), siteId(site),
                Optional.ofNullable(search), overdueOnly, endOfToday,
                choice(InboxFilter.Queue.class, queue).orElse(InboxFilter.Queue.ALL), page);
        Map<StaffId, String> colleagueNames = staff.workingAt(principal.member().sites()).stream()
                .collect(Collectors.toMap(StaffMember::id, StaffMember::displayName));
        model.addAttribute("view", new InboxView(principal.member(), caseWork.inbox(principal.member(), filter),
                siteNames(principal), colleagueNames));
        return "concerns/inbox";
    }

    @GetMapping("/arbeit/anliegen/{reference}")
    String concern(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference, Model model) {
        return caseAgain(principal, reference, CaseView.CaseForm.empty(), Optional.empty(), model);
    }

    @PostMapping("/arbeit/anliegen/{reference}/antwort")
    Object reply(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference,
            @RequestParam(name = "version") int version,
            @RequestParam(name = "gesehen", defaultValue = "-1") int seen, @RequestParam(name = "text", required = false) String text,
            @RequestParam(name = "translation", required = false) String translation,
            @RequestParam(name = "vorschlag", required = false) String propose,
            HttpServletResponse response, Model model) {
        if (propose != null) {
            // Staff asked the machine for a proposal: shown in the form to check, never sent as it is.
            return caseAgain(principal, reference, proposal(principal, reference, text, translation), Optional.empty(), model);
        }
        return work(principal, reference, CaseView.CaseForm.replying(text, translation, Optional.empty()), "text",
                () -> caseWork.reply(principal.member(), reference, version, text, translation), seen, response, model);
    }

    private CaseView.CaseForm proposal(StaffPrincipal principal, String reference, String text, String translation) {
        var language = caseWork.open(principal.member(), reference).preferredLanguage();
        Optional<String> proposed = text == null || text.isBlank() ? Optional.empty()
                : translator.stream().findFirst().flatMap(machine -> machine.propose(text.strip(),
                        de.lotse.language.Language.GERMAN, language));
        return proposed.map(found -> CaseView.CaseForm.replying(text, found, Optional.of("staff.work.translation.proposed")))
                .orElseGet(() -> CaseView.CaseForm.replying(text, translation,
                        Optional.of("staff.work.translation.noProposal")));
    }

    @PostMapping("/arbeit/anliegen/{reference}/notiz")
    Object note(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference,
            @RequestParam(name = "version") int version,
            @RequestParam(name = "gesehen", defaultValue = "-1") int seen, @RequestParam(name = "note", required = false) String note,
            HttpServletResponse response, Model model) {
        return work(principal, reference, new CaseView.CaseForm("", note == null ? "" : note, Optional.empty()), "note",
                () -> caseWork.note(principal.member(), reference, version, note), seen, response, model);
    }

    @PostMapping("/arbeit/anliegen/{reference}/schritt")
    Object step(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference,
            @RequestParam(name = "version") int version,
            @RequestParam(name = "gesehen", defaultValue = "-1") int seen, @RequestParam(name = "step") String step,
            @RequestParam(name = "outcome", required = false) String outcome,
            @RequestParam(name = "cause", required = false) String cause, HttpServletResponse response, Model model) {
        Optional<CaseStep> chosen = choice(CaseStep.class, step);
        if (chosen.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return caseAgain(principal, reference, CaseView.CaseForm.empty(), Optional.of("staff.notice.unknownStep"), model);
        }
        return work(principal, reference, CaseView.CaseForm.empty(), "outcome",
                () -> caseWork.take(principal.member(), reference, version, chosen.get(), choice(Outcome.class, outcome),
                        choice(OutcomeCause.class, cause)), seen, response, model);
    }

    @PostMapping("/arbeit/anliegen/{reference}/zuweisen")
    Object assign(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference,
            @RequestParam(name = "version") int version,
            @RequestParam(name = "gesehen", defaultValue = "-1") int seen, @RequestParam(name = "assignee", required = false) String assignee,
            HttpServletResponse response, Model model) {
        Optional<StaffMember> to = parseUuid(assignee).flatMap(id -> staff.byId(new StaffId(id)));
        return work(principal, reference, CaseView.CaseForm.empty(), "assignee",
                () -> caseWork.assign(principal.member(), reference, version, to), seen, response, model);
    }

    @PostMapping("/arbeit/anliegen/{reference}/einordnen")
    Object classify(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference,
            @RequestParam(name = "version") int version,
            @RequestParam(name = "gesehen", defaultValue = "-1") int seen, @RequestParam(name = "kind") String kind,
            @RequestParam(name = "legalTopic") String legalTopic,
            @RequestParam(name = "administrativeProblem") String problem, HttpServletResponse response, Model model) {
        Optional<ConcernKind> chosenKind = choice(ConcernKind.class, kind);
        Optional<LegalTopic> chosenTopic = choice(LegalTopic.class, legalTopic);
        Optional<AdministrativeProblem> chosenProblem = choice(AdministrativeProblem.class, problem);
        if (chosenKind.isEmpty() || chosenTopic.isEmpty() || chosenProblem.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return caseAgain(principal, reference, CaseView.CaseForm.empty(), Optional.of("staff.notice.unknownStep"), model);
        }
        return work(principal, reference, CaseView.CaseForm.empty(), "kind", () -> caseWork.classify(principal.member(),
                reference, version, chosenKind.get(), chosenTopic.get(), chosenProblem.get()), seen, response, model);
    }

    @PostMapping("/arbeit/anliegen/{reference}/anruf")
    Object call(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference,
            @RequestParam(name = "version") int version,
            @RequestParam(name = "gesehen", defaultValue = "-1") int seen,
            @RequestParam(name = "outcome", required = false) String outcome,
            @RequestParam(name = "minutes", required = false) String minutes,
            @RequestParam(name = "callNote", required = false) String note, HttpServletResponse response, Model model) {
        Optional<de.lotse.concerns.CallOutcome> chosen = choice(de.lotse.concerns.CallOutcome.class, outcome);
        if (chosen.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return caseAgain(principal, reference, CaseView.CaseForm.calling(minutes, note)
                    .with(new FieldProblem("callOutcome", "staff.error.callOutcome", List.of())), Optional.empty(), model);
        }
        return work(principal, reference, CaseView.CaseForm.calling(minutes, note), "minutes",
                () -> caseWork.recordCall(principal.member(), reference, version, chosen.get(), minutes, note), seen,
                response, model);
    }

    @PostMapping("/arbeit/anliegen/{reference}/zusammenfuehren")
    Object merge(@AuthenticationPrincipal StaffPrincipal principal, @PathVariable String reference,
            @RequestParam(name = "version") int version,
            @RequestParam(name = "gesehen", defaultValue = "-1") int seen,
            @RequestParam(name = "keep", required = false) String keep, HttpServletResponse response, Model model) {
        // Afterwards the person sees the concern that goes on, with the duplicate's text in its timeline.
        return work(principal, reference, CaseView.CaseForm.merging(keep), "keep",
                () -> caseWork.merge(principal.member(), reference, version, keep == null ? "" : keep).value(), seen,
                response, model);
    }

    private static Optional<UUID> parseUuid(String typed) {
        try {
            return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(typed.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** Does the work and shows the concern again: on success by redirect, otherwise with what was typed and why. */
    private Object work(StaffPrincipal principal, String reference, CaseView.CaseForm typed, String field, Runnable work,
            int seen, HttpServletResponse response, Model model) {
        return work(principal, reference, typed, field, () -> {
            work.run();
            return reference;
        }, seen, response, model);
    }

    /** As above; the work returns the reference of the concern to show afterwards. */
    private Object work(StaffPrincipal principal, String reference, CaseView.CaseForm typed, String field,
            java.util.function.Supplier<String> work, int seen, HttpServletResponse response, Model model) {
        try {
            String shown = work.get();
            return StatusPageController.seeOther("/arbeit/anliegen/" + shown + "#verlauf");
        } catch (InvalidDraft invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            FieldProblem problem = invalid.problems().get(0);
            String at = List.of("keep", "minutes", "callNote").contains(problem.field()) ? problem.field() : field;
            return caseAgain(principal, reference, typed.with(new FieldProblem(at, problem.messageKey(), problem.arguments())),
                    Optional.empty(), model);
        } catch (ChangedMeanwhile changed) {
            response.setStatus(HttpStatus.CONFLICT.value());
            // The timeline entries after the last one the person saw are what changed: the page marks and lists them.
            return caseAgain(principal, reference, typed.seenUpTo(seen), Optional.of("staff.notice.changedMeanwhile"), model);
        } catch (IllegalTransition illegal) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return caseAgain(principal, reference, typed, Optional.of("staff.notice.illegalStep"), model);
        }
    }

    private String caseAgain(StaffPrincipal principal, String reference, CaseView.CaseForm form,
            Optional<String> noticeKey, Model model) {
        var concern = caseWork.open(principal.member(), reference);
        Map<String, String> staffNames = concern.timeline().stream().flatMap(entry -> entry.actor().stream()).distinct()
                .collect(Collectors.toMap(Function.identity(), actor -> staffName(actor)));
        List<StaffMember> colleagues = concern.site().map(site -> staff.workingAt(Set.of(site))).orElse(List.of());
        var deliveries = deliveryNotes.stream().flatMap(notes -> notes.of(concern.id()).stream()).toList();
        var attachments = deliveryNotes.stream().flatMap(notes -> notes.attachmentsOf(concern.id()).stream()).toList();
        model.addAttribute("view", new CaseView(principal.member(), concern, siteNames(principal), staffNames, colleagues,
                form, noticeKey, deliveries, attachments, translator.stream().findAny().isPresent()));
        model.addAttribute("deadline", concern.noticeDate().map(deadlines::forDateOnBescheid).orElse(null));
        return "concerns/case";
    }

    private String staffName(String actor) {
        try {
            return staff.byId(new StaffId(UUID.fromString(actor.substring(actor.indexOf(':') + 1))))
                    .map(StaffMember::displayName).orElse("–");
        } catch (IllegalArgumentException notAStaffId) {
            return "–";
        }
    }

    private static Optional<SiteId> siteId(String typed) {
        try {
            return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(new SiteId(UUID.fromString(typed.strip())));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private Map<SiteId, String> siteNames(StaffPrincipal principal) {
        return sites.of(principal.member().jobcenter()).stream().collect(Collectors.toMap(Site::id, Site::name));
    }

    private static <E extends Enum<E>> Optional<E> choice(Class<E> type, String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        Function<String, String> constant = text -> text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(constant.apply(typed))).findFirst();
    }
}
