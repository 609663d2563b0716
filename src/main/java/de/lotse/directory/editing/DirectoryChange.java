package de.lotse.directory.editing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import de.lotse.organisation.CentreId;
import de.lotse.organisation.StaffId;
import de.lotse.organisation.StaffMember;

/**
 * A proposed change of one directory entry: a new service, a changed one or its withdrawal. It waits for the
 * coordinator, who publishes or rejects it (saying why); a newer proposal for the same entry supersedes it, and its
 * editor may take it back. Every step is a guarded method that refuses a change no longer pending.
 */
public final class DirectoryChange {

    public enum Kind {
        NEW, UPDATE, WITHDRAW
    }

    public enum Status {
        PENDING, PUBLISHED, REJECTED, SUPERSEDED, WITHDRAWN_BY_EDITOR
    }

    /** Who proposed or reviewed, as the history shows it. */
    public record Person(StaffId id, String name) {
        static Person of(StaffMember member) {
            return new Person(member.id(), member.displayName());
        }
    }

    /** The review: who, when, and the comment (a rejection's reason). */
    public record Review(Person by, Instant at, Optional<String> comment) {
    }

    public record Proposed(ChangeId change, UUID service, Kind kind, String serviceName) {
    }

    public record Published(ChangeId change, UUID service, Kind kind, String serviceName, Optional<CentreId> proposerCentre) {
    }

    public record Rejected(ChangeId change, UUID service, String serviceName, Optional<CentreId> proposerCentre,
            String reason) {
    }

    private final ChangeId id;
    private final UUID jobcenter;
    private final UUID organization;
    private final UUID service;
    private final Kind kind;
    private final Optional<Proposal> proposal;
    private final Optional<Instant> base;
    private final List<String> changedFields;
    private final Person proposedBy;
    private final Optional<CentreId> proposerCentre;
    private final Instant proposedAt;
    private final String serviceName;
    private Status status;
    private Optional<Review> review;
    private final transient List<Object> events = new ArrayList<>();

    DirectoryChange(ChangeId id, UUID jobcenter, UUID organization, UUID service, Kind kind, Optional<Proposal> proposal,
            Optional<Instant> base, List<String> changedFields, Person proposedBy, Optional<CentreId> proposerCentre,
            Instant proposedAt, String serviceName, Status status, Optional<Review> review) {
        this.id = id;
        this.jobcenter = jobcenter;
        this.organization = organization;
        this.service = service;
        this.kind = kind;
        this.proposal = proposal;
        this.base = base;
        this.changedFields = List.copyOf(changedFields);
        this.proposedBy = proposedBy;
        this.proposerCentre = proposerCentre;
        this.proposedAt = proposedAt;
        this.serviceName = serviceName;
        this.status = status;
        this.review = review;
    }

    static DirectoryChange propose(UUID jobcenter, UUID organization, UUID service, Kind kind, Optional<Proposal> proposal,
            Optional<Instant> base, List<String> changedFields, StaffMember by, String serviceName, Instant at) {
        DirectoryChange change = new DirectoryChange(new ChangeId(UUID.randomUUID()), jobcenter, organization, service,
                kind, proposal, base, changedFields, Person.of(by), by.centre(), at, serviceName, Status.PENDING,
                Optional.empty());
        change.events.add(new Proposed(change.id, service, kind, serviceName));
        return change;
    }

    void publish(StaffMember coordinator, Instant at) {
        requirePending("publish");
        status = Status.PUBLISHED;
        review = Optional.of(new Review(Person.of(coordinator), at, Optional.empty()));
        events.add(new Published(id, service, kind, serviceName, proposerCentre));
    }

    void reject(StaffMember coordinator, String reason, Instant at) {
        requirePending("reject");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A rejection says why");
        }
        status = Status.REJECTED;
        review = Optional.of(new Review(Person.of(coordinator), at, Optional.of(reason.strip())));
        events.add(new Rejected(id, service, serviceName, proposerCentre, reason.strip()));
    }

    void supersede() {
        requirePending("supersede");
        status = Status.SUPERSEDED;
    }

    void takeBack() {
        requirePending("take back");
        status = Status.WITHDRAWN_BY_EDITOR;
    }

    private void requirePending(String step) {
        if (status != Status.PENDING) {
            throw new IllegalStateException("Cannot " + step + " change " + id.value() + ": it is " + status);
        }
    }

    /** The events of the steps taken since loading, once. */
    List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    public ChangeId id() {
        return id;
    }

    public UUID jobcenter() {
        return jobcenter;
    }

    public UUID organization() {
        return organization;
    }

    public UUID service() {
        return service;
    }

    public Kind kind() {
        return kind;
    }

    public Optional<Proposal> proposal() {
        return proposal;
    }

    public Optional<Instant> base() {
        return base;
    }

    public List<String> changedFields() {
        return changedFields;
    }

    public Person proposedBy() {
        return proposedBy;
    }

    public Optional<CentreId> proposerCentre() {
        return proposerCentre;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String serviceName() {
        return serviceName;
    }

    public Status status() {
        return status;
    }

    public boolean pending() {
        return status == Status.PENDING;
    }

    public Optional<Review> review() {
        return review;
    }
}
