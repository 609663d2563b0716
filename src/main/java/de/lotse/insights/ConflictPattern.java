package de.lotse.insights;

import java.time.YearMonth;
import java.util.OptionalDouble;

/**
 * A recurring conflict found by the rise detector: a legal subject at a site whose count in a month rose
 * significantly above its own baseline (the twelve months before).
 *
 * @param baselineMean the baseline's mean per month; empty when the baseline holds fewer than 5 concerns in all
 *        (which would otherwise be shown by it)
 */
public record ConflictPattern(String legalTopic, String site, YearMonth month, long count, OptionalDouble baselineMean,
        double pValue) {
}
