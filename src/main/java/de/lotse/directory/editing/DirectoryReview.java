package de.lotse.directory.editing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.directory.DirectoryEntries;
import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.EntryTranslations;
import de.lotse.directory.ServiceStatus;
import de.lotse.organisation.CentreId;
import de.lotse.organisation.NotAllowed;
import de.lotse.organisation.NotFound;
import de.lotse.organisation.PartnerAdministration;
import de.lotse.organisation.StaffMember;

/**
 * The coordinator's side of partner editing: the queue of pending changes, each compared field by field with the
 * published entry, published (written into the directory in one transaction, verified today) or rejected with a reason
 * the editor reads; and the grants that let an umbrella edit its members' entries. Only the Jobcenter's administrator.
 */
@Service
public class DirectoryReview {

    /** The published entry changed since the editor started: the change would undo that, so it cannot be published. */
    public static class Conflict extends RuntimeException {
        Conflict(ChangeId change) {
            super("Change " + change.value() + " was made on an older version of its entry");
        }
    }

    /** A change under review: the change, the entry as published, and the two compared field by field. */
    public record Reviewing(DirectoryChange change, Optional<DirectoryEntry> published, List<EntryDiff.Field> fields,
            boolean conflict) {
    }

    private final DirectoryChanges changes;
    private final DirectoryEntries entries;
    private final EntryTranslations translations;
    private final DirectoryWriter writer;
    private final EditingRights rights;
    private final PartnerAdministration partners;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DirectoryReview(DirectoryChanges changes, DirectoryEntries entries, EntryTranslations translations,
            DirectoryWriter writer, EditingRights rights, PartnerAdministration partners,
            ApplicationEventPublisher events, Clock clock) {
        this.changes = changes;
        this.entries = entries;
        this.translations = translations;
        this.writer = writer;
        this.rights = rights;
        this.partners = partners;
        this.events = events;
        this.clock = clock;
    }

    public List<DirectoryChange> queue(StaffMember coordinator) {
        EditingRights.requireCoordinator(coordinator);
        return changes.pending(coordinator.jobcenter().value());
    }

    public Reviewing reviewing(StaffMember coordinator, ChangeId id) {
        DirectoryChange change = change(coordinator, id);
        Optional<DirectoryEntry> published = entries.byId(change.service());
        Optional<Proposal> before = EntryDiff.live(published, translations.of(change.service()));
        Optional<Proposal> after = change.kind() == DirectoryChange.Kind.WITHDRAW ? Optional.empty() : change.proposal();
        return new Reviewing(change, published, EntryDiff.between(before, after), conflict(change));
    }

    /** Writes the change into the directory: the public search shows it once the transaction is committed. */
    @Transactional
    public void publish(StaffMember coordinator, ChangeId id) {
        DirectoryChange change = lockedPending(coordinator, id);
        if (conflict(change)) {
            throw new Conflict(id);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(HamburgCalendar.ZONE));
        if (change.kind() == DirectoryChange.Kind.WITHDRAW) {
            writer.changeStatus(change.service(), ServiceStatus.WITHDRAWN, now);
        } else {
            Proposal proposal = change.proposal().orElseThrow();
            DirectoryEntry entry = proposal.entry();
            writer.updateOrganization(entry.organization(), now);
            entry.locations().forEach(location -> writer.upsertLocation(location, entry.organization().id()));
            if (writer.existing("directory_service", List.of(change.service())).isEmpty()) {
                writer.insertService(entry, now);
            }
            writer.replaceService(entry, ServiceStatus.PUBLISHED, today, change.proposedBy().name(), now);
            writer.replaceTranslations(change.service(), proposal.translations());
        }
        change.publish(coordinator, now);
        changes.saveStep(change);
        change.takeEvents().forEach(events::publishEvent);
    }

    @Transactional
    public void reject(StaffMember coordinator, ChangeId id, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > EntryValidation.MAX_TEXT) {
            change(coordinator, id);
            throw new InvalidEntry(List.of(new InvalidEntry.Problem("reason", "admin.directory.review.error.reason")));
        }
        DirectoryChange change = lockedPending(coordinator, id);
        change.reject(coordinator, reason, clock.instant());
        changes.saveStep(change);
        change.takeEvents().forEach(events::publishEvent);
    }

    /**
     * An entry the coordinator imported, as a change waiting for review: a new one (already written, in review) or a
     * change of one that is in the directory (none if the file says what is published already). The entry keeps its
     * translations unless the file carries them (the API's {@code x_translations}; CSV and the dataset export do not).
     * No notice: the coordinator knows.
     */
    @Transactional
    public Optional<DirectoryChange> proposeImported(StaffMember coordinator, DirectoryEntry entry,
            Optional<List<de.lotse.directory.Translation>> importedTranslations, DirectoryChange.Kind kind) {
        EditingRights.requireCoordinator(coordinator);
        UUID service = entry.service().id();
        List<de.lotse.directory.Translation> kept = translations.of(service);
        Proposal proposal = new Proposal(entry, importedTranslations.orElse(kept));
        List<String> changed = EntryDiff.changed(
                kind == DirectoryChange.Kind.UPDATE ? EntryDiff.live(entries.byId(service), kept) : Optional.empty(),
                Optional.of(proposal));
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        DirectoryChange change = DirectoryChange.propose(coordinator.jobcenter().value(), entry.organization().id(),
                service, kind, Optional.of(proposal), changes.liveVersion(service), changed, coordinator,
                entry.service().name(), clock.instant());
        changes.insertReplacingPending(change);
        return Optional.of(change);
    }

    /** An entry's changes, newest first. */
    public List<DirectoryChange> history(StaffMember coordinator, UUID service) {
        EditingRights.requireCoordinator(coordinator);
        List<DirectoryChange> history = changes.ofService(service);
        history.forEach(change -> EditingRights.requireCoordinatorOf(coordinator, change.jobcenter()));
        return history;
    }

    public List<EditingRights.Grant> grants(StaffMember coordinator) {
        EditingRights.requireCoordinator(coordinator);
        return rights.grants(coordinator.jobcenter().value());
    }

    /** Lets a centre (an umbrella) edit an organization's entries besides its own. */
    @Transactional
    public void grant(StaffMember coordinator, CentreId centre, UUID organization) {
        partners.centre(coordinator, centre); // the administrator's own Jobcenter's centre, else not found
        if (!entries.jobcenterOf(organization).map(coordinator.jobcenter().value()::equals).orElse(false)) {
            throw new NotFound("directory organization " + organization);
        }
        rights.grant(centre, organization, coordinator, clock.instant());
    }

    @Transactional
    public void revoke(StaffMember coordinator, CentreId centre, UUID organization) {
        partners.centre(coordinator, centre);
        rights.revoke(centre, organization);
    }

    private DirectoryChange change(StaffMember coordinator, ChangeId id) {
        EditingRights.requireCoordinator(coordinator);
        DirectoryChange change = changes.byId(id).orElseThrow(() -> new NotFound("directory change " + id.value()));
        try {
            EditingRights.requireCoordinatorOf(coordinator, change.jobcenter());
        } catch (NotAllowed otherJobcenter) {
            throw new NotFound("directory change " + id.value());
        }
        return change;
    }

    private DirectoryChange lockedPending(StaffMember coordinator, ChangeId id) {
        DirectoryChange change = change(coordinator, id);
        return changes.pendingFor(change.service()).filter(locked -> locked.id().equals(id))
                .orElseThrow(() -> new IllegalStateException("Change " + id.value() + " is not pending"));
    }

    private boolean conflict(DirectoryChange change) {
        return change.pending() && change.base().isPresent() && !changes.liveVersion(change.service()).equals(change.base());
    }
}
