package de.lotse.concerns;

import java.time.Clock;
import java.util.Optional;

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

    CaseWork(Concerns concerns, AccessLog accessLog, TransactionTemplate transactions, Clock clock) {
        this.concerns = concerns;
        this.accessLog = accessLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Inbox inbox(StaffMember viewer, InboxFilter filter) {
        if (!viewer.role().worksOnConcerns() || viewer.sites().isEmpty()) {
            return new Inbox(java.util.List.of(), 0, filter);
        }
        return concerns.inbox(viewer.sites(), filter, clock.instant());
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
