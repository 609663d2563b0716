package de.lotse.concerns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.lotse.concerns.ConcernEvents.CitizenMessageAdded;
import de.lotse.concerns.ConcernEvents.ConcernReceived;
import de.lotse.concerns.TimelineEntry.Audience;
import de.lotse.concerns.TimelineEntry.Type;
import de.lotse.language.Language;
import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.Postcode;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.StaffId;

/**
 * A citizen's concern: the aggregate root of the case core. Its state changes only through guarded methods, each of
 * which appends to the timeline and registers an event that the service publishes after saving.
 */
public class Concern {

    /** How and when a concern was resolved; empty until it is. */
    record Resolution(Optional<Outcome> outcome, Optional<OutcomeCause> cause, Optional<Instant> resolvedAt) {
        static Resolution none() {
            return new Resolution(Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** A resolved concern can be reopened within this many days (DESIGN.md §4). */
    static final int REOPEN_DAYS = 30;

    private final ConcernId id;
    private final JobcenterId jobcenter;
    private final Reference reference;
    private NewConcern content;
    private final Optional<SiteId> site;
    private final IntakeKeys keys;
    private final Instant receivedAt;
    private ConcernStatus status;
    private final List<TimelineEntry> timeline;
    private final ServiceClocks clocks;
    private Resolution resolution;
    private Optional<StaffId> assignee;
    private Optional<ConcernId> mergedInto = Optional.empty();
    private Optional<Instant> closedAt = Optional.empty();
    private Optional<Instant> anonymisedAt = Optional.empty();
    private int version;
    private int persistedEntries;
    private final List<Object> events = new ArrayList<>();
    private final Map<UUID, byte[]> messageKeys = new HashMap<>();

    private Concern(ConcernId id, JobcenterId jobcenter, Reference reference, NewConcern content, Optional<SiteId> site,
            IntakeKeys keys, Instant receivedAt, ConcernStatus status, List<TimelineEntry> timeline,
            List<ServiceClock> clocks, int version, Resolution resolution, Optional<StaffId> assignee) {
        this.id = id;
        this.jobcenter = jobcenter;
        this.reference = reference;
        this.content = content;
        this.site = site;
        this.keys = keys;
        this.receivedAt = receivedAt;
        this.status = status;
        this.timeline = new ArrayList<>(timeline);
        this.clocks = new ServiceClocks(clocks);
        this.version = version;
        this.resolution = resolution;
        this.assignee = assignee;
        this.persistedEntries = timeline.size();
    }

    static Concern receive(JobcenterId jobcenter, Reference reference, NewConcern content, Optional<SiteId> site,
            IntakeKeys keys, List<ServiceClock> clocks, Instant now) {
        Concern concern = new Concern(ConcernId.random(), jobcenter, reference, content, site, keys, now,
                ConcernStatus.RECEIVED, List.of(), clocks, 0, Resolution.none(), Optional.empty());
        concern.persistedEntries = 0;
        concern.append(Type.RECEIVED, Audience.CITIZEN, Optional.empty(), Optional.of(ConcernStatus.RECEIVED),
                Optional.empty(), now);
        concern.events.add(new ConcernReceived(concern.id, jobcenter, reference, content.kind(), content.urgency(), site,
                content.contact().channel(), content.preferredLanguage()));
        return concern;
    }

    static Concern restore(ConcernId id, JobcenterId jobcenter, Reference reference, NewConcern content,
            Optional<SiteId> site, IntakeKeys keys, Instant receivedAt, ConcernStatus status,
            List<TimelineEntry> timeline, List<ServiceClock> clocks, int version, Resolution resolution,
            Optional<StaffId> assignee, Optional<ConcernId> mergedInto, Optional<Instant> closedAt,
            Optional<Instant> anonymisedAt) {
        Concern concern = new Concern(id, jobcenter, reference, content, site, keys, receivedAt, status, timeline, clocks,
                version, resolution, assignee);
        concern.mergedInto = mergedInto;
        concern.closedAt = closedAt;
        concern.anonymisedAt = anonymisedAt;
        return concern;
    }

    /**
     * The citizen writes more; refused once the concern is closed, as they are then asked to raise a new one. An answer
     * the Jobcenter was waiting for sets the work going again.
     */
    TimelineEntry addCitizenMessage(String text, byte[] idempotencyKeyHash, Instant now, ServiceSchedule schedule) {
        if (!status.acceptsCitizenMessages()) {
            throw new ConcernClosed(reference);
        }
        TimelineEntry entry = append(Type.CITIZEN_MESSAGE, Audience.CITIZEN, Optional.of(text), Optional.empty(),
                Optional.empty(), now);
        messageKeys.put(entry.id(), idempotencyKeyHash);
        events.add(new CitizenMessageAdded(id, reference, entry.position()));
        if (status == ConcernStatus.WAITING_FOR_CITIZEN) {
            clocks.resumePaused(now, schedule);
            changeStatus(ConcernStatus.IN_PROGRESS, Optional.empty(), now);
        }
        return entry;
    }

    /** Someone takes the concern on: the acknowledgement promise is kept. */
    void acknowledge(String actor, Instant now) {
        require("acknowledge", ConcernStatus.RECEIVED);
        clocks.stop(now, ServiceLevel.ACKNOWLEDGE);
        changeStatus(ConcernStatus.ACKNOWLEDGED, Optional.of(actor), now);
    }

    /** A reply to the citizen, shown on the status page; it also counts as acknowledgement and emergency response. */
    TimelineEntry reply(String actor, String text, Instant now) {
        return reply(actor, text, Optional.empty(), now);
    }

    /**
     * A reply with a translation into the citizen's language; the original stays the reply of record. A translation
     * into another language than the citizen's, or into German, would only confuse and is refused.
     */
    TimelineEntry reply(String actor, String text, Optional<TimelineEntry.Translation> translation, Instant now) {
        if (status == ConcernStatus.CLOSED) {
            throw new IllegalTransition(status, "reply to");
        }
        if (translation.isPresent() && (translation.get().language() != preferredLanguage()
                || !needsTranslation(translation.get().language()))) {
            throw new IllegalArgumentException("a translation is into the citizen's language, which is not German");
        }
        TimelineEntry entry = append(Type.STAFF_REPLY, Audience.CITIZEN, Optional.of(text), Optional.empty(),
                Optional.of(actor), now, translation);
        events.add(new ConcernEvents.StaffReplied(id, reference, entry.position()));
        clocks.stop(now, ServiceLevel.ACKNOWLEDGE, ServiceLevel.SAME_DAY);
        if (status == ConcernStatus.RECEIVED || status == ConcernStatus.ACKNOWLEDGED) {
            changeStatus(ConcernStatus.IN_PROGRESS, Optional.of(actor), now);
        }
        return entry;
    }

    /** An internal note for colleagues; the citizen never sees it. */
    TimelineEntry note(String actor, String text, Instant now) {
        requireNotAnonymised("note on");
        return append(Type.INTERNAL_NOTE, Audience.INTERNAL, Optional.of(text), Optional.empty(), Optional.of(actor), now);
    }

    /** The citizen was called back: the callback promise is kept (and, as for a reply, the acknowledgement). */
    void calledBack(String actor, Instant now) {
        if (!clocks.open(ServiceLevel.CALLBACK)) {
            throw new IllegalTransition(status, "record a callback for");
        }
        clocks.stop(now, ServiceLevel.CALLBACK, ServiceLevel.ACKNOWLEDGE, ServiceLevel.SAME_DAY);
        append(Type.INTERNAL_NOTE, Audience.INTERNAL, Optional.of("☎"), Optional.empty(), Optional.of(actor), now);
        if (status == ConcernStatus.RECEIVED || status == ConcernStatus.ACKNOWLEDGED) {
            changeStatus(ConcernStatus.IN_PROGRESS, Optional.of(actor), now);
        }
    }

    /**
     * A call to the citizen, noted by staff. Reaching them keeps the callback promise (and acknowledges the concern);
     * not reaching them starts the callback promise again from now, so the next attempt is due within the callback
     * time, and the inbox shows it as work to do.
     */
    void recordCall(String actor, CallNote call, Instant now, ServiceSchedule schedule) {
        if (status == ConcernStatus.CLOSED) {
            throw new IllegalTransition(status, "record a call for");
        }
        TimelineEntry entry = append(Type.CALL, Audience.INTERNAL, Optional.of(call.body()), Optional.empty(),
                Optional.of(actor), now);
        if (call.outcome() == CallOutcome.REACHED) {
            clocks.stop(now, ServiceLevel.CALLBACK, ServiceLevel.ACKNOWLEDGE, ServiceLevel.SAME_DAY);
            if (status == ConcernStatus.RECEIVED || status == ConcernStatus.ACKNOWLEDGED) {
                changeStatus(ConcernStatus.IN_PROGRESS, Optional.of(actor), now);
            }
        } else if (clocks.open(ServiceLevel.CALLBACK)) {
            clocks.restart(ServiceLevel.CALLBACK, now, schedule);
            events.add(new ConcernEvents.CallbackMissed(id, reference, entry.position(), missedCallsSinceReached()));
        }
    }

    /** Calls that did not reach the citizen since the last one that did. */
    int missedCallsSinceReached() {
        int missed = 0;
        for (int i = timeline.size() - 1; i >= 0; i--) {
            Optional<CallNote> call = CallNote.of(timeline.get(i));
            if (call.isPresent()) {
                if (call.get().outcome() == CallOutcome.REACHED) {
                    break;
                }
                missed++;
            }
        }
        return missed;
    }

    void startWork(String actor, Instant now) {
        require("start work on", ConcernStatus.RECEIVED, ConcernStatus.ACKNOWLEDGED);
        clocks.stop(now, ServiceLevel.ACKNOWLEDGE);
        changeStatus(ConcernStatus.IN_PROGRESS, Optional.of(actor), now);
    }

    /** The clocks pause while the concern waits for the citizen or a partner. */
    void waitFor(ConcernStatus waiting, String actor, Instant now) {
        if (waiting != ConcernStatus.WAITING_FOR_CITIZEN && waiting != ConcernStatus.WAITING_FOR_PARTNER) {
            throw new IllegalArgumentException("Not a waiting status: " + waiting);
        }
        require("wait on", ConcernStatus.IN_PROGRESS);
        clocks.pauseRunning(now);
        changeStatus(waiting, Optional.of(actor), now);
    }

    void resumeWork(String actor, Instant now, ServiceSchedule schedule) {
        require("resume", ConcernStatus.WAITING_FOR_CITIZEN, ConcernStatus.WAITING_FOR_PARTNER);
        clocks.resumePaused(now, schedule);
        changeStatus(ConcernStatus.IN_PROGRESS, Optional.of(actor), now);
    }

    /** Resolved, with the outcome and cause the insights count; every promise is kept or broken by now. */
    void resolve(String actor, Outcome outcome, OutcomeCause cause, Instant now) {
        require("resolve", ConcernStatus.RECEIVED, ConcernStatus.ACKNOWLEDGED, ConcernStatus.IN_PROGRESS,
                ConcernStatus.WAITING_FOR_CITIZEN, ConcernStatus.WAITING_FOR_PARTNER);
        clocks.stopAll(now);
        resolution = new Resolution(Optional.of(outcome), Optional.of(cause), Optional.of(now));
        changeStatus(ConcernStatus.RESOLVED, Optional.of(actor), now);
    }

    void close(String actor, Instant now) {
        require("close", ConcernStatus.RESOLVED);
        changeStatus(ConcernStatus.CLOSED, Optional.of(actor), now);
    }

    /** Within 30 days of its resolution a concern can be taken up again, with a fresh answer clock. */
    void reopen(String actor, Instant now, ServiceSchedule schedule) {
        require("reopen", ConcernStatus.RESOLVED, ConcernStatus.CLOSED);
        requireNotAnonymised("reopen");
        if (mergedInto.isPresent()) {
            throw new IllegalTransition(status, "reopen (merged into another concern, which goes on)");
        }
        Instant resolvedAt = resolution.resolvedAt().orElse(receivedAt);
        if (now.isAfter(resolvedAt.plus(java.time.Duration.ofDays(REOPEN_DAYS)))) {
            throw new IllegalTransition(status, "reopen (more than " + REOPEN_DAYS + " days after resolution)");
        }
        clocks.restart(ServiceLevel.ANSWER, now, schedule);
        resolution = Resolution.none();
        changeStatus(ConcernStatus.IN_PROGRESS, Optional.of(actor), now);
    }

    /** Someone takes the concern on, or hands it to a colleague; noted for colleagues, not for the citizen. */
    void assign(String actor, Optional<StaffId> to, String toName, Instant now) {
        requireNotAnonymised("assign");
        if (status == ConcernStatus.CLOSED) {
            throw new IllegalTransition(status, "assign");
        }
        assignee = to;
        append(Type.INTERNAL_NOTE, Audience.INTERNAL, Optional.of(to.isPresent() ? "→ " + toName : "→ –"),
                Optional.empty(), Optional.of(actor), now);
        events.add(new ConcernEvents.ConcernAssigned(id, reference, to));
    }

    /**
     * This concern repeats {@code kept} (the same citizen wrote twice, or by two ways): it is closed here, without an
     * outcome, so insights count the matter once, and the kept concern's timeline gets its text, so that nothing the
     * citizen wrote is lost. The citizen's status page of this concern names the kept one's reference.
     */
    void mergeInto(Concern kept, String actor, Instant now) {
        if (kept.id.equals(id)) {
            throw new IllegalTransition(status, "merge into itself");
        }
        if (!kept.site.equals(site) || !kept.jobcenter.equals(jobcenter)) {
            throw new IllegalTransition(status, "merge with a concern of another site");
        }
        require("merge", ConcernStatus.RECEIVED, ConcernStatus.ACKNOWLEDGED, ConcernStatus.IN_PROGRESS,
                ConcernStatus.WAITING_FOR_CITIZEN, ConcernStatus.WAITING_FOR_PARTNER);
        if (kept.status == ConcernStatus.RESOLVED || kept.status == ConcernStatus.CLOSED) {
            throw new IllegalTransition(kept.status, "merge into (reopen the kept concern first)");
        }
        clocks.stopAll(now);
        mergedInto = Optional.of(kept.id);
        append(Type.MERGED_INTO, Audience.CITIZEN, Optional.of(kept.reference.value()), Optional.empty(),
                Optional.of(actor), now);
        changeStatus(ConcernStatus.CLOSED, Optional.of(actor), now);
        kept.takeOverDuplicate(this, actor, now);
        events.add(new ConcernEvents.ConcernMerged(id, reference, kept.id, kept.reference));
    }

    /** What the citizen wrote in the duplicate, with its messages, kept for colleagues (not shown to the citizen here). */
    private void takeOverDuplicate(Concern duplicate, String actor, Instant now) {
        StringBuilder text = new StringBuilder(duplicate.content.description());
        duplicate.timeline.stream().filter(entry -> entry.type() == Type.CITIZEN_MESSAGE)
                .forEach(entry -> text.append("\n\n").append(entry.body().orElse("")));
        append(Type.MERGED_FROM, Audience.INTERNAL, Optional.of(duplicate.reference.value() + "\n\n" + text),
                Optional.empty(), Optional.of(actor), now);
    }

    /** Staff correct what the concern is about; the citizen's "weiß nicht" becomes a topic insights can count. */
    void classify(String actor, ConcernKind kind, LegalTopic legalTopic, AdministrativeProblem problem, Instant now) {
        requireNotAnonymised("classify");
        if (kind == content.kind() && legalTopic == content.legalTopic() && problem == content.administrativeProblem()) {
            return;
        }
        NewConcern before = content;
        content = new NewConcern(kind, legalTopic, problem, before.urgency(), before.description(), before.noticeDate(),
                before.customerNumber(), before.name(), before.postcode(), before.withoutFixedAddress(), before.contact(),
                before.preferredLanguage());
        append(Type.INTERNAL_NOTE, Audience.INTERNAL, Optional.of(before.kind() + "/" + before.legalTopic() + "/"
                + before.administrativeProblem() + " → " + kind + "/" + legalTopic + "/" + problem), Optional.empty(),
                Optional.of(actor), now);
        events.add(new ConcernEvents.ConcernClassified(id, reference, kind, legalTopic, problem));
    }

    /** Only the skeleton of an anonymised concern is left: nothing may be added to it. */
    private void requireNotAnonymised(String step) {
        if (anonymisedAt.isPresent()) {
            throw new IllegalTransition(status, step + " (anonymised)");
        }
    }

    private void require(String step, ConcernStatus... allowed) {
        if (!List.of(allowed).contains(status)) {
            throw new IllegalTransition(status, step);
        }
    }

    private void changeStatus(ConcernStatus to, Optional<String> actor, Instant now) {
        ConcernStatus from = status;
        status = to;
        closedAt = to == ConcernStatus.CLOSED ? Optional.of(now) : Optional.empty();
        append(Type.STATUS_CHANGED, Audience.CITIZEN, Optional.empty(), Optional.of(to), actor, now);
        events.add(new ConcernEvents.ConcernStatusChanged(id, reference, from, to));
    }



    private TimelineEntry append(Type type, Audience audience, Optional<String> body, Optional<ConcernStatus> newStatus,
            Optional<String> actor, Instant now) {
        return append(type, audience, body, newStatus, actor, now, Optional.empty());
    }

    private TimelineEntry append(Type type, Audience audience, Optional<String> body, Optional<ConcernStatus> newStatus,
            Optional<String> actor, Instant now, Optional<TimelineEntry.Translation> translation) {
        TimelineEntry entry = new TimelineEntry(UUID.randomUUID(), timeline.size() + 1, type, audience, body, newStatus,
                actor, now, translation);
        timeline.add(entry);
        return entry;
    }

    /** Whether staff's German needs a translation for a reader of this language (Leichte Sprache is German). */
    public static boolean needsTranslation(de.lotse.language.Language language) {
        return language != de.lotse.language.Language.GERMAN && language != de.lotse.language.Language.EASY_GERMAN;
    }

    public ConcernId id() {
        return id;
    }

    public JobcenterId jobcenter() {
        return jobcenter;
    }

    public Reference reference() {
        return reference;
    }

    public ConcernKind kind() {
        return content.kind();
    }

    public Urgency urgency() {
        return content.urgency();
    }

    public NewConcern content() {
        return content;
    }

    public Optional<SiteId> site() {
        return site;
    }

    public Optional<LocalDate> noticeDate() {
        return content.noticeDate();
    }

    public Optional<Postcode> postcode() {
        return content.postcode();
    }

    public Language preferredLanguage() {
        return content.preferredLanguage();
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public ConcernStatus status() {
        return status;
    }

    public List<TimelineEntry> timeline() {
        return Collections.unmodifiableList(timeline);
    }

    public Optional<StaffId> assignee() {
        return assignee;
    }

    /** The concern this one was merged into as a duplicate, if it was. */
    public Optional<ConcernId> mergedInto() {
        return mergedInto;
    }

    /** When the concern was closed; its retention period runs from then. */
    public Optional<Instant> closedAt() {
        return closedAt;
    }

    /** When its personal data were removed after the retention period; only the skeleton is left since. */
    public Optional<Instant> anonymisedAt() {
        return anonymisedAt;
    }

    public Optional<Outcome> outcome() {
        return resolution.outcome();
    }

    public Optional<OutcomeCause> outcomeCause() {
        return resolution.cause();
    }

    public Optional<Instant> resolvedAt() {
        return resolution.resolvedAt();
    }

    /** The version a form was shown with: if it differs on save, someone else changed the concern meanwhile. */
    public int version() {
        return version;
    }

    public List<ServiceClock> clocks() {
        return clocks.all();
    }

    /** The earliest due time of the running clocks: what the inbox sorts by. */
    public Optional<Instant> nextDue() {
        return clocks.nextDue();
    }

    /**
     * The promise the citizen should see next: the most urgent running clock (same day, then callback, then the
     * acknowledgement, then the answer).
     */
    public Optional<ServiceClock> nextPromise() {
        return clocks.nextPromise();
    }

    IntakeKeys keys() {
        return keys;
    }

    /** Entries added since the concern was loaded or last saved. */
    List<TimelineEntry> unsavedEntries() {
        return List.copyOf(timeline.subList(persistedEntries, timeline.size()));
    }

    /** The hash of the idempotency key an unsaved entry was sent with, if any. */
    Optional<byte[]> idempotencyKeyOf(TimelineEntry entry) {
        return Optional.ofNullable(messageKeys.get(entry.id()));
    }

    void markInserted() {
        persistedEntries = timeline.size();
        messageKeys.clear();
    }

    void markUpdated() {
        markInserted();
        version++;
    }

    List<Object> releaseEvents() {
        List<Object> released = List.copyOf(events);
        events.clear();
        return released;
    }
}
