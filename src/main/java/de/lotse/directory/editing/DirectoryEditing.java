package de.lotse.directory.editing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.directory.DirectoryEntries;
import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.DirectorySnapshot;
import de.lotse.directory.EntryTranslations;
import de.lotse.directory.ServiceStatus;
import de.lotse.directory.Topic;
import de.lotse.directory.VerificationWatch;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.StaffMember;

/**
 * What a partner organisation's editor does with its directory entries: proposes a changed entry, a new one or a
 * withdrawal (the published entry stays as it is until the coordinator publishes the change; a newer proposal
 * supersedes the pending one), confirms an entry is still correct, and reads each entry's history. Every method checks
 * the editor's rights on the entry's organization ({@link EditingRights}).
 */
@Service
public class DirectoryEditing {

    /** One of the editor's entries, for their list. */
    public record Listed(UUID service, String name, String organizationName, Optional<ServiceStatus> status,
            Optional<LocalDate> verifiedAt, boolean possiblyOutdated, Optional<DirectoryChange> pending,
            Optional<DirectoryChange> lastReviewed) {
    }

    /** The editor confirmed the entry is still correct: the public pages show the new date. */
    public record EntryVerified(UUID service) {
    }

    private final EditingRights rights;
    private final DirectoryEntries entries;
    private final EntryTranslations translations;
    private final DirectoryChanges changes;
    private final DirectoryWriter writer;
    private final DirectorySnapshot snapshot;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DirectoryEditing(EditingRights rights, DirectoryEntries entries, EntryTranslations translations,
            DirectoryChanges changes, DirectoryWriter writer, DirectorySnapshot snapshot, ApplicationEventPublisher events,
            Clock clock) {
        this.rights = rights;
        this.entries = entries;
        this.translations = translations;
        this.changes = changes;
        this.writer = writer;
        this.snapshot = snapshot;
        this.events = events;
        this.clock = clock;
    }

    public CounsellingCentre centreOf(StaffMember editor) {
        return rights.centreOf(editor);
    }

    /** The entries the editor keeps (also those only proposed so far), with their pending change and last review. */
    public List<Listed> entries(StaffMember editor) {
        Set<UUID> organizations = rights.organizations(editor);
        LocalDate today = today();
        Map<UUID, List<DirectoryChange>> history = changes.ofOrganizations(organizations, 500).stream()
                .collect(Collectors.groupingBy(DirectoryChange::service));
        List<Listed> listed = new ArrayList<>();
        for (DirectoryEntry entry : entries.ofOrganizations(organizations)) {
            List<DirectoryChange> past = history.getOrDefault(entry.service().id(), List.of());
            listed.add(new Listed(entry.service().id(), entry.service().name(), entry.organization().name(),
                    Optional.of(entry.service().status()), entry.service().verifiedAt(),
                    VerificationWatch.possiblyOutdated(entry.service().verifiedAt(), today), pending(past),
                    reviewed(past)));
        }
        history.forEach((service, past) -> {
            if (listed.stream().noneMatch(found -> found.service().equals(service))) {
                DirectoryChange latest = past.get(0);
                latest.proposal().ifPresent(proposal -> listed.add(new Listed(service, latest.serviceName(),
                        proposal.entry().organization().name(), Optional.empty(), Optional.empty(), false, pending(past),
                        reviewed(past))));
            }
        });
        return listed;
    }

    /** The organizations whose entries the editor keeps, for a new entry. */
    public List<DirectoryEntry.Organization> organizations(StaffMember editor) {
        return rights.organizations(editor).stream().map(entries::organization).flatMap(Optional::stream).toList();
    }

    /** The edit form of an entry: the editor's pending proposal if there is one, else the entry as published. */
    public EntryDraft draft(StaffMember editor, UUID service) {
        Optional<DirectoryEntry> live = editable(editor, service);
        Optional<DirectoryChange> pending = changes.ofService(service).stream().filter(DirectoryChange::pending)
                .findFirst();
        String base = changes.liveVersion(service).map(Instant::toString).orElse("");
        Optional<Proposal> proposal = pending.flatMap(DirectoryChange::proposal);
        if (proposal.isPresent()) {
            return EntryDraft.of(proposal.get().entry(), proposal.get().translations(),
                    pending.get().base().map(Instant::toString).orElse(base));
        }
        DirectoryEntry entry = live.orElseThrow(() -> new NotAllowed("no entry " + service));
        return EntryDraft.of(entry, translations.of(service), base);
    }

    /** The published entry's current version, to edit on after a conflict. */
    public String base(StaffMember editor, UUID service) {
        editable(editor, service);
        return changes.liveVersion(service).map(Instant::toString).orElse("");
    }

    public Optional<DirectoryEntry> published(StaffMember editor, UUID service) {
        return editable(editor, service);
    }

    public Optional<DirectoryChange> pending(StaffMember editor, UUID service) {
        editable(editor, service);
        return pending(changes.ofService(service));
    }

    public EntryDraft newDraft(StaffMember editor, UUID organization) {
        rights.requireEditable(editor, organization);
        return EntryDraft.forNewService(entries.organization(organization).orElseThrow());
    }

    /** Proposes the entry as typed; the published one stays until the coordinator publishes the change. */
    @Transactional
    public DirectoryChange propose(StaffMember editor, UUID service, EntryDraft draft) {
        Optional<DirectoryEntry> live = editable(editor, service);
        Optional<DirectoryChange> previous = changes.pendingFor(service);
        DirectoryEntry.Organization organization = live.map(DirectoryEntry::organization)
                .or(() -> previous.flatMap(DirectoryChange::proposal).map(p -> p.entry().organization()))
                .orElseThrow(() -> new NotAllowed("no entry " + service));
        Optional<Instant> version = changes.liveVersion(service);
        Proposal proposal = validation().check(draft, service, organization, live);
        if (version.isPresent() && !version.equals(instant(draft.base))) {
            throw new InvalidEntry(List.of(new InvalidEntry.Problem("base", "partner.directory.error.conflict")));
        }
        DirectoryChange.Kind kind = live.isPresent() ? DirectoryChange.Kind.UPDATE : DirectoryChange.Kind.NEW;
        return record(DirectoryChange.propose(jobcenterOf(organization.id()), organization.id(), service,
                kind, Optional.of(proposal), version,
                EntryDiff.changed(EntryDiff.live(live, translations.of(service)), Optional.of(proposal)), editor,
                proposal.entry().service().name(), clock.instant()));
    }

    /** Proposes a new service of one of the editor's organizations. */
    @Transactional
    public DirectoryChange proposeNew(StaffMember editor, UUID organization, EntryDraft draft) {
        rights.requireEditable(editor, organization);
        UUID service = UUID.randomUUID();
        Proposal proposal = validation().check(draft, service, entries.organization(organization).orElseThrow(),
                Optional.empty());
        return record(DirectoryChange.propose(jobcenterOf(organization), organization, service,
                DirectoryChange.Kind.NEW, Optional.of(proposal), Optional.empty(),
                EntryDiff.changed(Optional.empty(), Optional.of(proposal)), editor, proposal.entry().service().name(),
                clock.instant()));
    }

    /** Proposes to take a published entry out of the directory. */
    @Transactional
    public DirectoryChange proposeWithdrawal(StaffMember editor, UUID service) {
        DirectoryEntry live = editable(editor, service).orElseThrow(() -> new NotAllowed("no entry " + service));
        return record(DirectoryChange.propose(jobcenterOf(live.organization().id()),
                live.organization().id(), service, DirectoryChange.Kind.WITHDRAW, Optional.empty(),
                changes.liveVersion(service), List.of("status"), editor, live.service().name(), clock.instant()));
    }

    /** Takes back the entry's pending proposal. */
    @Transactional
    public void takeBack(StaffMember editor, UUID service) {
        editable(editor, service);
        DirectoryChange pending = changes.pendingFor(service).orElseThrow(() -> new IllegalStateException("nothing pending"));
        pending.takeBack();
        changes.saveStep(pending);
    }

    /** "Still correct": the published entry counts as verified today, by the editor. */
    @Transactional
    public void confirm(StaffMember editor, UUID service) {
        DirectoryEntry live = editable(editor, service).orElseThrow(() -> new NotAllowed("no entry " + service));
        if (live.service().status() != ServiceStatus.PUBLISHED) {
            throw new IllegalStateException("Only a published entry is confirmed");
        }
        writer.verify(service, today(), editor.displayName());
        events.publishEvent(new EntryVerified(service));
    }

    /** The entry's changes, newest first, for its editors. */
    public List<DirectoryChange> history(StaffMember editor, UUID service) {
        editable(editor, service);
        return changes.ofService(service);
    }

    /**
     * The published entry, if any, after checking the editor may edit it; an entry only proposed so far is checked by
     * the organization of its proposal.
     */
    private Optional<DirectoryEntry> editable(StaffMember editor, UUID service) {
        Optional<DirectoryEntry> live = entries.byId(service);
        UUID organization = live.map(entry -> entry.organization().id())
                .or(() -> changes.ofService(service).stream().findFirst().map(DirectoryChange::organization))
                .orElseThrow(() -> new NotAllowed("no entry " + service));
        rights.requireEditable(editor, organization);
        return live;
    }

    private DirectoryChange record(DirectoryChange change) {
        changes.insertReplacingPending(change);
        change.takeEvents().forEach(events::publishEvent);
        return change;
    }

    private EntryValidation validation() {
        return new EntryValidation(snapshot.topics().stream().map(Topic::code).collect(Collectors.toSet()),
                snapshot::centroid);
    }

    private UUID jobcenterOf(UUID organization) {
        return entries.jobcenterOf(organization).orElseThrow();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(HamburgCalendar.ZONE));
    }

    private static Optional<Instant> instant(String typed) {
        try {
            return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(Instant.parse(typed.strip()));
        } catch (DateTimeParseException notAVersion) {
            return Optional.empty();
        }
    }

    private static Optional<DirectoryChange> pending(List<DirectoryChange> past) {
        return past.stream().filter(DirectoryChange::pending).findFirst();
    }

    private static Optional<DirectoryChange> reviewed(List<DirectoryChange> past) {
        return past.stream().filter(change -> change.review().isPresent()).findFirst();
    }
}
