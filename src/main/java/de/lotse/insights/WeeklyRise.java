package de.lotse.insights;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * A rise found by the weekly CUSUM: a legal subject at a site whose weekly counts in the last eight weeks rose above
 * its own baseline (the 26 weeks before).
 *
 * @param week the Monday of the week in which the rise was largest
 * @param count the concerns of the eight weeks (at least 5)
 * @param baselineMean the baseline's mean per week; empty when the baseline holds fewer than 5 concerns in all
 */
public record WeeklyRise(String legalTopic, String site, LocalDate week, long count, OptionalDouble baselineMean,
        double pValue) {
}
