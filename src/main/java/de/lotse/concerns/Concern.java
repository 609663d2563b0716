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

/**
 * A citizen's concern: the aggregate root of the case core. Its state changes only through guarded methods, each of
 * which appends to the timeline and registers an event that the service publishes after saving.
 */
public class Concern {

    private final ConcernId id;
    private final JobcenterId jobcenter;
    private final Reference reference;
    private final NewConcern content;
    private final Optional<SiteId> site;
    private final IntakeKeys keys;
    private final Instant receivedAt;
    private ConcernStatus status;
    private final List<TimelineEntry> timeline;
    private final List<ServiceClock> clocks;
    private int version;
    private int persistedEntries;
    private final List<Object> events = new ArrayList<>();
    private final Map<UUID, byte[]> messageKeys = new HashMap<>();

    private Concern(ConcernId id, JobcenterId jobcenter, Reference reference, NewConcern content, Optional<SiteId> site,
            IntakeKeys keys, Instant receivedAt, ConcernStatus status, List<TimelineEntry> timeline,
            List<ServiceClock> clocks, int version) {
        this.id = id;
        this.jobcenter = jobcenter;
        this.reference = reference;
        this.content = content;
        this.site = site;
        this.keys = keys;
        this.receivedAt = receivedAt;
        this.status = status;
        this.timeline = new ArrayList<>(timeline);
        this.clocks = new ArrayList<>(clocks);
        this.version = version;
        this.persistedEntries = timeline.size();
    }

    static Concern receive(JobcenterId jobcenter, Reference reference, NewConcern content, Optional<SiteId> site,
            IntakeKeys keys, List<ServiceClock> clocks, Instant now) {
        Concern concern = new Concern(ConcernId.random(), jobcenter, reference, content, site, keys, now,
                ConcernStatus.RECEIVED, List.of(), clocks, 0);
        concern.persistedEntries = 0;
        concern.append(Type.RECEIVED, Audience.CITIZEN, Optional.empty(), Optional.of(ConcernStatus.RECEIVED), now);
        concern.events.add(new ConcernReceived(concern.id, jobcenter, reference, content.kind(), content.urgency(), site,
                content.contact().channel(), content.preferredLanguage()));
        return concern;
    }

    static Concern restore(ConcernId id, JobcenterId jobcenter, Reference reference, NewConcern content,
            Optional<SiteId> site, IntakeKeys keys, Instant receivedAt, ConcernStatus status,
            List<TimelineEntry> timeline, List<ServiceClock> clocks, int version) {
        return new Concern(id, jobcenter, reference, content, site, keys, receivedAt, status, timeline, clocks, version);
    }

    /** The citizen writes more; refused once the concern is closed, as they are then asked to raise a new one. */
    TimelineEntry addCitizenMessage(String text, byte[] idempotencyKeyHash, Instant now) {
        if (!status.acceptsCitizenMessages()) {
            throw new ConcernClosed(reference);
        }
        TimelineEntry entry = append(Type.CITIZEN_MESSAGE, Audience.CITIZEN, Optional.of(text), Optional.empty(), now);
        messageKeys.put(entry.id(), idempotencyKeyHash);
        events.add(new CitizenMessageAdded(id, reference, entry.position()));
        return entry;
    }

    private TimelineEntry append(Type type, Audience audience, Optional<String> body, Optional<ConcernStatus> newStatus,
            Instant now) {
        TimelineEntry entry = new TimelineEntry(UUID.randomUUID(), timeline.size() + 1, type, audience, body, newStatus, now);
        timeline.add(entry);
        return entry;
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

    public List<ServiceClock> clocks() {
        return Collections.unmodifiableList(clocks);
    }

    /**
     * The promise the citizen should see next: the most urgent running clock (same day, then callback, then the
     * acknowledgement, then the answer).
     */
    public Optional<ServiceClock> nextPromise() {
        return List.of(ServiceLevel.SAME_DAY, ServiceLevel.CALLBACK, ServiceLevel.ACKNOWLEDGE, ServiceLevel.ANSWER).stream()
                .flatMap(level -> clocks.stream().filter(clock -> clock.level() == level && clock.running()))
                .findFirst();
    }

    IntakeKeys keys() {
        return keys;
    }

    int version() {
        return version;
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
