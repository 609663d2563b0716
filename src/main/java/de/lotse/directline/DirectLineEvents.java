package de.lotse.directline;

import java.util.Optional;

import de.lotse.concerns.AdministrativeProblem;
import de.lotse.concerns.LegalTopic;
import de.lotse.concerns.Reference;
import de.lotse.concerns.Urgency;
import de.lotse.organisation.CentreId;
import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.SiteId;

/** What the direct line tells other modules and its notices. Events carry ids and codes, never the client's data. */
public final class DirectLineEvents {

    private DirectLineEvents() {
    }

    /** The client consented: the referral reached the site management. */
    public record ReferralOpened(ReferralId referral, Reference reference, JobcenterId jobcenter, Optional<SiteId> site,
            CentreId centre, Urgency urgency) {
    }

    /** The Jobcenter wrote in the shared thread. */
    public record JobcenterWrote(ReferralId referral, Reference reference, CentreId centre) {
    }

    /** The counsellor wrote in the shared thread. */
    public record CentreWrote(ReferralId referral, Reference reference, Optional<SiteId> site, EscalationLevel level) {
    }

    public record ReferralEscalated(ReferralId referral, Reference reference, JobcenterId jobcenter, Optional<SiteId> site,
            CentreId centre, EscalationLevel level, boolean automatic) {
    }

    public record ReferralRerouted(ReferralId referral, Reference reference, Optional<SiteId> from, SiteId to) {
    }

    /** Settled; outcome and cause feed the insights into recurring conflicts. */
    public record ReferralResolved(ReferralId referral, Reference reference, JobcenterId jobcenter, Optional<SiteId> site,
            CentreId centre, ReferralOutcome outcome, Optional<RootCause> cause, LegalTopic legalTopic,
            AdministrativeProblem administrativeProblem, EscalationLevel level) {
    }

    /** The client withdrew consent: access ends at once on both sides. */
    public record ConsentWithdrawn(ReferralId referral, Reference reference, Optional<SiteId> site, CentreId centre) {
    }

    /** The executive management's clock ran out too: there is no level above, so this is reported once. */
    public record ReferralOverdueAtTop(ReferralId referral, Reference reference, JobcenterId jobcenter, CentreId centre) {
    }

    /** The objection deadline of the referral's Bescheid ends in a few days; the direct line does not stop it. */
    public record ReferralDeadlineNearing(ReferralId referral, Reference reference, CentreId centre, Optional<SiteId> site,
            java.time.LocalDate endsOn, int daysLeft) {
    }
}
