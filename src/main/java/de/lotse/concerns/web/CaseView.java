package de.lotse.concerns.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.lotse.concerns.CaseStep;
import de.lotse.concerns.Concern;
import de.lotse.concerns.FieldProblem;
import de.lotse.concerns.Outcome;
import de.lotse.concerns.OutcomeCause;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.StaffMember;

/**
 * One concern as staff see it: everything, including internal entries, and the forms to work on it.
 *
 * @param form what the person typed into one of the forms, kept when it could not be saved
 * @param noticeKey message key of a notice above the forms (someone else changed the concern, a step not possible)
 */
public record CaseView(StaffMember viewer, Concern concern, Map<SiteId, String> siteNames, Map<String, String> staffNames,
        List<StaffMember> colleagues, CaseForm form, Optional<String> noticeKey,
        List<de.lotse.concerns.ConcernReplies.DeliveryNote> deliveries,
        List<de.lotse.concerns.ConcernReplies.AttachmentNote> attachments, boolean translatorAvailable) {

    /** Whether the reply form offers a translation: the citizen reads neither German nor Leichte Sprache. */
    public boolean offersTranslation() {
        return Concern.needsTranslation(concern.preferredLanguage());
    }

    /** The files that came with the citizen's message at this entry. */
    public List<de.lotse.concerns.ConcernReplies.AttachmentNote> attachmentsOf(de.lotse.concerns.TimelineEntry entry) {
        return attachments.stream().filter(file -> file.position() == entry.position()).toList();
    }

    /** A file size as people read it: 12 kB, 3.4 MB. */
    public String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
        }
        return String.format(java.util.Locale.GERMANY, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** How a reply left Lotse on the citizen's channels, if it did. */
    public List<de.lotse.concerns.ConcernReplies.DeliveryNote> deliveriesOf(de.lotse.concerns.TimelineEntry entry) {
        return deliveries.stream().filter(note -> note.position() == entry.position()).toList();
    }

    public String assigneeName() {
        return concern.assignee().flatMap(id -> colleagues.stream().filter(c -> c.id().equals(id)).findFirst())
                .map(StaffMember::displayName).orElse("–");
    }

    public boolean assignedTo(StaffMember colleague) {
        return concern.assignee().map(colleague.id()::equals).orElse(false);
    }

    public List<de.lotse.concerns.ConcernKind> kinds() {
        return List.of(de.lotse.concerns.ConcernKind.values());
    }

    public List<de.lotse.concerns.LegalTopic> legalTopics() {
        return List.of(de.lotse.concerns.LegalTopic.values());
    }

    public List<de.lotse.concerns.AdministrativeProblem> administrativeProblems() {
        return List.of(de.lotse.concerns.AdministrativeProblem.values());
    }

    /**
     * The state of the forms that take text: reply, note, the reference to merge into.
     *
     * @param seenUpTo after a conflict: the position of the last timeline entry the person had seen
     */
    public record CaseForm(String replyText, String noteText, String keptReference, String callMinutes, String callNote,
            Optional<FieldProblem> problem, Optional<Integer> seenUpTo, String translationText,
            Optional<String> translationNoticeKey) {
        CaseForm(String replyText, String noteText, Optional<FieldProblem> problem) {
            this(replyText, noteText, "", "", "", problem, Optional.empty(), "", Optional.empty());
        }

        /** A reply with its translation into the citizen's language, as typed (or as the translator proposed it). */
        static CaseForm replying(String text, String translation, Optional<String> noticeKey) {
            return new CaseForm(text == null ? "" : text, "", "", "", "", Optional.empty(), Optional.empty(),
                    translation == null ? "" : translation, noticeKey);
        }

        static CaseForm empty() {
            return new CaseForm("", "", Optional.empty());
        }

        static CaseForm merging(String keptReference) {
            return new CaseForm("", "", keptReference == null ? "" : keptReference, "", "", Optional.empty(),
                    Optional.empty(), "", Optional.empty());
        }

        static CaseForm calling(String minutes, String note) {
            return new CaseForm("", "", "", minutes == null ? "" : minutes, note == null ? "" : note, Optional.empty(),
                    Optional.empty(), "", Optional.empty());
        }

        CaseForm seenUpTo(int position) {
            return new CaseForm(replyText, noteText, keptReference, callMinutes, callNote, problem,
                    Optional.of(position).filter(seen -> seen >= 0), translationText, translationNoticeKey);
        }

        CaseForm with(FieldProblem found) {
            return new CaseForm(replyText, noteText, keptReference, callMinutes, callNote, Optional.of(found), seenUpTo,
                    translationText, Optional.empty());
        }

        public boolean problemAt(String field) {
            return problem.map(p -> p.field().equals(field)).orElse(false);
        }
    }

    /** After a conflict: the entries someone else added since the person opened the page. */
    public List<de.lotse.concerns.TimelineEntry> changedMeanwhile() {
        return form.seenUpTo().map(seen -> concern.timeline().stream().filter(entry -> entry.position() > seen).toList())
                .orElse(List.of());
    }

    public boolean changedMeanwhile(de.lotse.concerns.TimelineEntry entry) {
        return form.seenUpTo().map(seen -> entry.position() > seen).orElse(false);
    }

    /** The last timeline entry shown, sent with every form so that a conflict can show what came after it. */
    public int seenUpTo() {
        return concern.timeline().size();
    }

    public String site() {
        return concern.site().map(siteNames::get).orElse("–");
    }

    /** Who wrote an entry, for colleagues; empty for the citizen. */
    public String author(Optional<String> actor) {
        return actor.map(id -> staffNames.getOrDefault(id, "–")).orElse("");
    }

    /** The steps open from the concern's status, resolving aside (it has its own form), and calls (their own form). */
    public List<CaseStep> steps() {
        if (concern.anonymisedAt().isPresent()) {
            return stepsByStatus().stream().filter(step -> step != CaseStep.REOPEN).toList();
        }
        return stepsByStatus();
    }

    /** Whether a callback is still owed: the call form then says so. */
    public boolean callbackOwed() {
        return concern.clocks().stream()
                .anyMatch(clock -> clock.level() == de.lotse.concerns.ServiceLevel.CALLBACK && clock.stoppedAt().isEmpty());
    }

    public List<de.lotse.concerns.CallOutcome> callOutcomes() {
        return List.of(de.lotse.concerns.CallOutcome.values());
    }

    /** The call noted in a CALL entry, for display. */
    public Optional<de.lotse.concerns.CallNote> call(de.lotse.concerns.TimelineEntry entry) {
        return de.lotse.concerns.CallNote.of(entry);
    }

    private List<CaseStep> stepsByStatus() {
        return switch (concern.status()) {
            case RECEIVED -> List.of(CaseStep.ACKNOWLEDGE, CaseStep.START_WORK);
            case ACKNOWLEDGED -> List.of(CaseStep.START_WORK);
            case IN_PROGRESS -> List.of(CaseStep.WAIT_FOR_CITIZEN, CaseStep.WAIT_FOR_PARTNER);
            case WAITING_FOR_CITIZEN, WAITING_FOR_PARTNER -> List.of(CaseStep.RESUME);
            case RESOLVED -> List.of(CaseStep.CLOSE, CaseStep.REOPEN);
            case CLOSED -> List.of(CaseStep.REOPEN);
        };
    }

    /** A concern still being worked on can be merged into another one as its duplicate. */
    public boolean canMerge() {
        return canResolve();
    }

    public boolean canResolve() {
        return switch (concern.status()) {
            case RESOLVED, CLOSED -> false;
            default -> true;
        };
    }

    public List<Outcome> outcomes() {
        return List.of(Outcome.values());
    }

    public List<OutcomeCause> causes() {
        return List.of(OutcomeCause.values());
    }

    public String action(String path) {
        return "/arbeit/anliegen/" + concern.reference().value() + "/" + path;
    }

    @Override
    public String toString() {
        return "CaseView[" + concern.reference() + "]";
    }
}
