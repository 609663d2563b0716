package de.lotse.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.StaffId;

/**
 * A measure (Maßnahme) against a recurring conflict: planned, then in effect from a day on (from which its effect on
 * the pattern is measured), then closed. State changes only through guarded methods that register an event.
 */
public class Measure {

    public enum Status {
        PLANNED, IN_EFFECT, CLOSED
    }

    /** The pattern a measure answers: a legal subject at a site (or at all sites), found in a month. */
    public record Target(String legalTopic, Optional<SiteId> site, YearMonth detectedIn) {
    }

    /** What is changed, by whom, by when. */
    public record Plan(String title, ChangeKind change, String description, String owner, LocalDate dueOn) {
    }

    public record MeasurePlanned(MeasureId measure, JobcenterId jobcenter, String legalTopic, Optional<SiteId> site) {
    }

    public record MeasureTookEffect(MeasureId measure, LocalDate from) {
    }

    public record MeasureClosed(MeasureId measure) {
    }

    private final MeasureId id;
    private final JobcenterId jobcenter;
    private final Target target;
    private final Plan plan;
    private final Instant createdAt;
    private final StaffId createdBy;
    private Status status;
    private Optional<LocalDate> effectiveFrom;
    private final int version;
    private final List<Object> events = new ArrayList<>();

    Measure(MeasureId id, JobcenterId jobcenter, Target target, Plan plan, Instant createdAt, StaffId createdBy,
            Status status, Optional<LocalDate> effectiveFrom, int version) {
        this.id = id;
        this.jobcenter = jobcenter;
        this.target = target;
        this.plan = plan;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.status = status;
        this.effectiveFrom = effectiveFrom;
        this.version = version;
    }

    static Measure plan(JobcenterId jobcenter, Target target, Plan plan, StaffId by, Instant now) {
        Measure measure = new Measure(new MeasureId(java.util.UUID.randomUUID()), jobcenter, target, plan, now, by,
                Status.PLANNED, Optional.empty(), 0);
        measure.events.add(new MeasurePlanned(measure.id, jobcenter, target.legalTopic(), target.site()));
        return measure;
    }

    /** The change is made: from this day on the pattern's count is compared with the months before. */
    void takeEffect(LocalDate from) {
        if (status != Status.PLANNED) {
            throw new IllegalStateException("Only a planned measure takes effect, not one " + status);
        }
        status = Status.IN_EFFECT;
        effectiveFrom = Optional.of(from);
        events.add(new MeasureTookEffect(id, from));
    }

    void close() {
        if (status != Status.IN_EFFECT) {
            throw new IllegalStateException("Only a measure in effect is closed, not one " + status);
        }
        status = Status.CLOSED;
        events.add(new MeasureClosed(id));
    }

    List<Object> releaseEvents() {
        List<Object> released = List.copyOf(events);
        events.clear();
        return released;
    }

    public MeasureId id() {
        return id;
    }

    public JobcenterId jobcenter() {
        return jobcenter;
    }

    public Target target() {
        return target;
    }

    public Plan plan() {
        return plan;
    }

    public Instant createdAt() {
        return createdAt;
    }

    StaffId createdBy() {
        return createdBy;
    }

    public Status status() {
        return status;
    }

    public Optional<LocalDate> effectiveFrom() {
        return effectiveFrom;
    }

    public int version() {
        return version;
    }
}
