package de.lotse.privacy;

import java.time.Instant;
import java.time.Period;
import java.util.function.ToIntFunction;

/**
 * Records a module keeps for a fixed period after they came in, not tied to a concern or a referral (those follow
 * the Jobcenter's policy, see RetentionRuns). A module declares one as a bean, with SQL on its own table that deletes
 * or blanks the rows from before the cutoff; RetentionSweeps runs every sweep once a night on one instance.
 *
 * @param what what is swept, for the log
 * @param period how long a record is kept after it came in
 * @param sweep deletes or blanks the records from before the cutoff; returns how many
 */
public record RetentionSweep(String what, Period period, ToIntFunction<Instant> sweep) {
}
