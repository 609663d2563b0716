package de.lotse.insights;

import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * One concern as the drill-down list shows it: its pseudonym, month, site, codes, days to answer and resolve, outcome,
 * and the scrubbed snippet of its text. Nothing that names the citizen or a member of staff.
 */
public record PseudonymisedRow(UUID pseudonym, YearMonth month, Optional<String> site, String legalTopic,
        String administrativeProblem, String kind, String channel, boolean existential, OptionalDouble daysToAnswer,
        OptionalDouble daysToResolve, Optional<String> outcome, Optional<String> cause, String snippet) {
}
