package de.lotse.concerns;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.SiteId;

/**
 * What insights need of one concern to count it, before they pseudonymise it: codes, moments, kept or broken
 * promises, the outcome, and the citizen's text with the personal details known to the case core (name, customer
 * number, e-mail, phone, postcode), which are given only so that the text can be scrubbed of them and are never stored
 * by the insights.
 *
 * @param breached for each service level the concern has a clock for: whether its promise was broken
 * @param mergedAway merged into another concern as a duplicate: counted there, not here
 */
public record ConcernFacts(ConcernId concern, JobcenterId jobcenter, Optional<SiteId> site, ConcernKind kind,
        Urgency urgency, LegalTopic legalTopic, AdministrativeProblem administrativeProblem, ContactChannel channel,
        Instant receivedAt, Optional<Instant> acknowledgedAt, Optional<Instant> answeredAt,
        Optional<Instant> resolvedAt, Map<ServiceLevel, Boolean> breached, Optional<Outcome> outcome,
        Optional<OutcomeCause> cause, boolean mergedAway, String text, List<String> personalDetails) {

    public ConcernFacts {
        breached = Map.copyOf(breached);
        personalDetails = List.copyOf(personalDetails);
    }
}
