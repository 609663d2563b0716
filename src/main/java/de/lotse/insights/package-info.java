/**
 * Recurring-conflict analysis on a pseudonymised projection of concerns and referrals: suppressed aggregates, rises
 * above each topic's own baseline, the measures taken against their causes, and reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insights")
package de.lotse.insights;
