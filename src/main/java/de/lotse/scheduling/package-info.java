/**
 * Runs timed work exactly once in a cluster of Lotse instances: db-scheduler on the application's PostgreSQL, fed
 * with the recurring tasks the other modules declare as beans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scheduling")
package de.lotse.scheduling;
