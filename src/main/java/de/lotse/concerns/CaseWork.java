package de.lotse.concerns;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import de.lotse.organisation.SiteId;
import de.lotse.organisation.StaffMember;
import de.lotse.privacy.AccessLog;
import de.lotse.privacy.PersonalDataRead;

/**
 * Staff work on concerns. Every method checks, per object, that the person may work on the concern's site: a concern
 * of another site is "not found", not "forbidden". Opening a concern is a read of personal data and is logged.
 */
@Service
public class CaseWork {

    static final String STAFF_ACTOR = "staff:";

    private final Concerns concerns;
    private final AccessLog accessLog;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final IntakeValidation validation;
    private final ServiceLevels serviceLevels;
    private final ApplicationEventPublisher events;

    CaseWork(Concerns concerns, AccessLog accessLog, TransactionTemplate transactions, Clock clock,
            IntakeValidation validation, ServiceLevels serviceLevels, ApplicationEventPublisher events) {
        this.concerns = concerns;
        this.accessLog = accessLog;
        this.transactions = transactions;
        this.clock = clock;
        this.validation = validation;
        this.serviceLevels = serviceLevels;
        this.events = events;
    }

    /**
     * Replies to the citizen (shown on the status page).
     *
     * @param seenVersion the concern's version the person saw when writing
     * @throws ChangedMeanwhile when someone else saved the concern since
     */
    public void reply(StaffMember author, String reference, int seenVersion, String typedText) {
        reply(author, reference, seenVersion, typedText, null);
    }

    /**
     * Replies with an optional translation into the citizen's language (blank: none). The original is the reply of
     * record; a translation is ignored for a citizen who reads German or Leichte Sprache.
     */
    public void reply(StaffMember author, String reference, int seenVersion, String typedText, String typedTranslation) {
        String text = validation.checkMessage(typedText);
        Optional<String> translation;
        try {
            translation = typedTranslation == null || typedTranslation.isBlank() ? Optional.empty()
                    : Optional.of(validation.checkMessage(typedTranslation));
        } catch (InvalidDraft tooLong) {
            FieldProblem problem = tooLong.problems().get(0);
            throw new InvalidDraft(java.util.List.of(new FieldProblem("translation", problem.messageKey(), problem.arguments())));
        }
        change(author, reference, seenVersion, (concern, now) -> concern.reply(actor(author), text,
                translation.filter(typed -> Concern.needsTranslation(concern.preferredLanguage()))
                        .map(typed -> new TimelineEntry.Translation(concern.preferredLanguage(), typed)),
                now));
    }

    /** Adds an internal note for colleagues. */
    public void note(StaffMember author, String reference, int seenVersion, String typedText) {
        String text = validation.checkMessage(typedText);
        change(author, reference, seenVersion, (concern, now) -> concern.note(actor(author), text, now));
    }

    /**
     * Takes a lifecycle step; resolving needs an outcome and its cause.
     *
     * @throws IllegalTransition when the step is not possible from the current status
     */
    public void take(StaffMember author, String reference, int seenVersion, CaseStep step, Optional<Outcome> outcome,
            Optional<OutcomeCause> cause) {
        if (step == CaseStep.RESOLVE && (outcome.isEmpty() || cause.isEmpty())) {
            throw new InvalidDraft(java.util.List.of(FieldProblem.of("outcome", "staff.error.outcomeRequired")));
        }
        change(author, reference, seenVersion, (concern, now) -> {
            String actor = actor(author);
            switch (step) {
                case ACKNOWLEDGE -> concern.acknowledge(actor, now);
                case START_WORK -> concern.startWork(actor, now);
                case CALLED_BACK -> concern.calledBack(actor, now);
                case WAIT_FOR_CITIZEN -> concern.waitFor(ConcernStatus.WAITING_FOR_CITIZEN, actor, now);
                case WAIT_FOR_PARTNER -> concern.waitFor(ConcernStatus.WAITING_FOR_PARTNER, actor, now);
                case RESUME -> concern.resumeWork(actor, now, serviceLevels.scheduleFor(concern.jobcenter()));
                case RESOLVE -> concern.resolve(actor, outcome.get(), cause.get(), now);
                case CLOSE -> concern.close(actor, now);
                case REOPEN -> concern.reopen(actor, now, serviceLevels.scheduleFor(concern.jobcenter()));
            }
        });
    }

    /**
     * Notes a call to the citizen: outcome, minutes, what comes next.
     *
     * @throws InvalidDraft when the minutes are not a whole number from 0 to 240, or the note is too long
     */
    public void recordCall(StaffMember author, String reference, int seenVersion, CallOutcome outcome, String typedMinutes,
            String typedNote) {
        int minutes;
        try {
            minutes = Integer.parseInt(typedMinutes == null || typedMinutes.isBlank() ? "0" : typedMinutes.strip());
        } catch (NumberFormatException notANumber) {
            minutes = -1;
        }
        if (minutes < 0 || minutes > CallNote.MAX_MINUTES) {
            throw new InvalidDraft(java.util.List.of(FieldProblem.of("minutes", "staff.error.callMinutes", CallNote.MAX_MINUTES)));
        }
        String note;
        try {
            note = typedNote == null || typedNote.isBlank() ? "" : validation.checkMessage(typedNote);
        } catch (InvalidDraft tooLong) {
            FieldProblem problem = tooLong.problems().get(0);
            throw new InvalidDraft(java.util.List.of(new FieldProblem("callNote", problem.messageKey(), problem.arguments())));
        }
        CallNote call = new CallNote(outcome, minutes, note);
        change(author, reference, seenVersion, (concern, now) -> concern.recordCall(actor(author), call, now,
                serviceLevels.scheduleFor(concern.jobcenter())));
    }

    /**
     * Gives the concern to a colleague of its site (or takes it oneself), or back to the site's queue.
     *
     * @throws ConcernNotFound when the colleague may not work on the concern's site
     */
    public void assign(StaffMember author, String reference, int seenVersion, Optional<StaffMember> to) {
        change(author, reference, seenVersion, (concern, now) -> {
            if (to.isPresent() && !mayWorkOn(to.get(), concern.site())) {
                throw new ConcernNotFound();
            }
            concern.assign(actor(author), to.map(StaffMember::id), to.map(StaffMember::displayName).orElse(""), now);
        });
    }

    /** Corrects kind and topics, e.g. turns "weiß nicht" into the topic insights count. */
    public void classify(StaffMember author, String reference, int seenVersion, ConcernKind kind, LegalTopic legalTopic,
            AdministrativeProblem problem) {
        change(author, reference, seenVersion, (concern, now) -> concern.classify(actor(author), kind, legalTopic, problem, now));
    }

    /**
     * Merges this concern into the one to keep, as its duplicate. Both must be of a site the person works at.
     *
     * @throws ConcernNotFound when the kept concern does not exist or is of another site
     * @throws IllegalTransition when either concern is finished
     * @return the reference of the kept concern
     */
    public Reference merge(StaffMember author, String duplicateReference, int seenVersion, String keptReference) {
        Reference duplicate = Reference.parse(duplicateReference).orElseThrow(ConcernNotFound::new);
        Reference kept = Reference.parse(keptReference).orElseThrow(() -> new InvalidDraft(
                java.util.List.of(FieldProblem.of("keep", "staff.error.mergeReference"))));
        transactions.executeWithoutResult(status -> {
            // Both rows are locked in one order (by reference), so two people merging a pair both ways cannot deadlock.
            java.util.Map<Reference, Concern> locked = new java.util.HashMap<>();
            for (Reference reference : java.util.stream.Stream.of(duplicate, kept).distinct()
                    .sorted(java.util.Comparator.comparing(Reference::value)).toList()) {
                Concern concern = concerns.byReferenceForChange(reference)
                        .filter(found -> mayWorkOn(author, found.site()))
                        .orElseThrow(() -> reference.equals(duplicate) ? new ConcernNotFound()
                                : new InvalidDraft(java.util.List.of(FieldProblem.of("keep", "staff.error.mergeNotFound"))));
                locked.put(reference, concern);
            }
            Concern repeated = locked.get(duplicate);
            if (repeated.version() != seenVersion) {
                throw new ChangedMeanwhile(duplicate);
            }
            if (duplicate.equals(kept)) {
                throw new InvalidDraft(java.util.List.of(FieldProblem.of("keep", "staff.error.mergeItself")));
            }
            Concern keptConcern = locked.get(kept);
            if (!keptConcern.site().equals(repeated.site())) {
                throw new InvalidDraft(java.util.List.of(FieldProblem.of("keep", "staff.error.mergeOtherSite")));
            }
            repeated.mergeInto(keptConcern, actor(author), clock.instant());
            concerns.update(repeated);
            concerns.update(keptConcern);
            repeated.releaseEvents().forEach(events::publishEvent);
            keptConcern.releaseEvents().forEach(events::publishEvent);
        });
        return kept;
    }

    private void change(StaffMember author, String typedReference, int seenVersion,
            java.util.function.BiConsumer<Concern, java.time.Instant> work) {
        Reference reference = Reference.parse(typedReference).orElseThrow(ConcernNotFound::new);
        transactions.executeWithoutResult(status -> {
            Concern concern = concerns.byReferenceForChange(reference)
                    .filter(found -> mayWorkOn(author, found.site()))
                    .orElseThrow(ConcernNotFound::new);
            if (concern.version() != seenVersion) {
                throw new ChangedMeanwhile(reference);
            }
            work.accept(concern, clock.instant());
            concerns.update(concern);
            concern.releaseEvents().forEach(events::publishEvent);
        });
    }

    private static String actor(StaffMember member) {
        return STAFF_ACTOR + member.id().value();
    }

    public Inbox inbox(StaffMember viewer, InboxFilter filter) {
        if (!viewer.role().worksOnConcerns() || viewer.sites().isEmpty()) {
            return new Inbox(java.util.List.of(), 0, filter, java.util.Map.of());
        }
        return concerns.inbox(viewer.sites(), viewer.id(), filter, clock.instant());
    }

    /** @throws ConcernNotFound when there is no such concern, or the viewer may not work on it */
    public Concern open(StaffMember viewer, String typedReference) {
        Reference reference = Reference.parse(typedReference).orElseThrow(ConcernNotFound::new);
        return transactions.execute(status -> {
            Concern concern = concerns.byReference(reference)
                    .filter(found -> mayWorkOn(viewer, found.site()))
                    .orElseThrow(ConcernNotFound::new);
            accessLog.record(new PersonalDataRead(CitizenAccess.SUBJECT, concern.id().value(),
                    STAFF_ACTOR + viewer.id().value(), "case-work:" + viewer.role().name(), clock.instant()));
            return concern;
        });
    }

    private static boolean mayWorkOn(StaffMember viewer, Optional<SiteId> site) {
        return site.map(viewer::mayWorkOn).orElse(false);
    }
}
