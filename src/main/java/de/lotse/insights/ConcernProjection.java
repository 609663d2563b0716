package de.lotse.insights;

import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import de.lotse.concerns.ConcernEvents.ConcernAnonymised;
import de.lotse.concerns.ConcernEvents.ConcernClassified;
import de.lotse.concerns.ConcernEvents.ConcernMerged;
import de.lotse.concerns.ConcernEvents.ConcernReceived;
import de.lotse.concerns.ConcernEvents.ConcernStatusChanged;
import de.lotse.concerns.ConcernEvents.ServiceLevelBreached;
import de.lotse.concerns.ConcernEvents.StaffReplied;
import de.lotse.concerns.ConcernFactSheets;
import de.lotse.concerns.ConcernId;

/**
 * Keeps the pseudonymised projection in step with the concerns: on every event that changes what insights count, the
 * concern's facts are read again through the case core's public query and its row is written anew. That makes the
 * listener idempotent and indifferent to the order events arrive in.
 */
@Component
class ConcernProjection {

    static final String KIND = "concern";

    private final ConcernFactSheets facts;
    private final Pseudonyms pseudonyms;
    private final ProjectedConcerns rows;

    ConcernProjection(ConcernFactSheets facts, Pseudonyms pseudonyms, ProjectedConcerns rows) {
        this.facts = facts;
        this.pseudonyms = pseudonyms;
        this.rows = rows;
    }

    @ApplicationModuleListener
    void on(ConcernReceived event) {
        refresh(event.concern());
    }

    @ApplicationModuleListener
    void on(ConcernStatusChanged event) {
        refresh(event.concern());
    }

    @ApplicationModuleListener
    void on(ConcernClassified event) {
        refresh(event.concern());
    }

    @ApplicationModuleListener
    void on(StaffReplied event) {
        refresh(event.concern());
    }

    @ApplicationModuleListener
    void on(ServiceLevelBreached event) {
        refresh(event.concern());
    }

    @ApplicationModuleListener
    void on(ConcernMerged event) {
        refresh(event.duplicate());
    }

    /**
     * Retention anonymised the concern: in the same transaction (so everywhere or nowhere) its row loses pseudonym and
     * snippet, and with the snippet its place in any group of similar texts; what is counted stays.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ConcernAnonymised anonymised) {
        rows.forget(pseudonymOf(anonymised.concern()));
    }

    /** Writes (or, for a merged duplicate, removes) the concern's row; returns whether a row was written. */
    boolean refresh(ConcernId concern) {
        UUID pseudonym = pseudonyms.of(KIND, concern.value());
        if (rows.forgotten(pseudonym)) {
            return false; // a late event of an anonymised concern
        }
        return facts.of(concern).map(found -> {
            if (found.mergedAway()) {
                rows.remove(pseudonym);
                return false;
            }
            rows.save(ProjectedConcern.of(pseudonym, found));
            return true;
        }).orElse(false);
    }

    UUID pseudonymOf(ConcernId concern) {
        return pseudonyms.of(KIND, concern.value());
    }
}
