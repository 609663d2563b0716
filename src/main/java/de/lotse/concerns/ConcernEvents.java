package de.lotse.concerns;

import java.time.Instant;
import java.util.Optional;

import de.lotse.language.Language;
import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.SiteId;
import de.lotse.organisation.StaffId;

/** What other modules hear from the concerns module. Events carry ids, never the citizen's text. */
public final class ConcernEvents {

    private ConcernEvents() {
    }

    /** A citizen raised a new concern; channels may confirm it, staff queues pick it up. */
    public record ConcernReceived(ConcernId concern, JobcenterId jobcenter, Reference reference, ConcernKind kind,
            Urgency urgency, Optional<SiteId> site, ContactChannel contactChannel, Language preferredLanguage) {
    }

    /** The citizen added a message to an open concern. */
    public record CitizenMessageAdded(ConcernId concern, Reference reference, int position) {
    }

    /** A service-level promise is at risk: most of its time has passed. */
    public record ServiceLevelAtRisk(ConcernId concern, Reference reference, ServiceLevel level, Instant dueAt) {
    }

    /** A service-level promise was broken: the clock ran past its due time. */
    public record ServiceLevelBreached(ConcernId concern, Reference reference, ServiceLevel level, Instant dueAt) {
    }

    /** Staff changed a concern's status. */
    public record ConcernStatusChanged(ConcernId concern, Reference reference, ConcernStatus from, ConcernStatus to) {
    }

    /** Staff called the citizen back and did not reach them; the callback promise starts again. */
    /**
     * A citizen asked to be called back: in the window they chose (its start and end), or as soon as possible, by
     * {@code callBy}. Written channels confirm the promise, because a phone call alone leaves nothing to hold on to.
     */
    public record CallbackRequested(ConcernId concern, Reference reference, Optional<Instant> windowStart, Instant callBy) {
    }

    /**
     * The objection deadline of the Bescheid a concern cites ends in a few days; the citizen is reminded that the
     * concern does not stop it.
     */
    public record ObjectionDeadlineNearing(ConcernId concern, Reference reference, java.time.LocalDate endsOn,
            int daysLeft, int reminderDaysBefore) {
    }

    public record CallbackMissed(ConcernId concern, Reference reference, int position, int missedCalls) {
    }

    /** Staff found a concern to repeat another one: the duplicate is closed, the kept one goes on. */
    public record ConcernMerged(ConcernId duplicate, Reference duplicateReference, ConcernId kept, Reference keptReference) {
    }

    /** Staff replied to the citizen; channels deliver the reply beyond the status page. */
    public record StaffReplied(ConcernId concern, Reference reference, int position) {
    }

    /** The concern was given to a staff member, or back to the site's queue. */
    public record ConcernAssigned(ConcernId concern, Reference reference, Optional<StaffId> assignee) {
    }

    /** Staff corrected kind and topics. */
    public record ConcernClassified(ConcernId concern, Reference reference, ConcernKind kind, LegalTopic legalTopic,
            AdministrativeProblem administrativeProblem) {
    }

    /**
     * The concern's retention period ended and its personal data were removed; only the skeleton is left. Published
     * inside the anonymising transaction: modules holding data of the concern remove theirs in it (a synchronous
     * listener), so a batch is anonymised everywhere or nowhere.
     */
    public record ConcernAnonymised(ConcernId concern, Reference reference, Instant at) {
    }
}
