/**
 * The deadline guard: the formal periods that an informal complaint does not stop (Bekanntgabe of a Bescheid, the
 * Widerspruchsfrist, the year for a missing or wrong Rechtsbehelfsbelehrung, Untätigkeit, the reach-back of an
 * Überprüfungsantrag), computed on the Hamburg calendar, with the warning level as the end comes near. Pure
 * calculation, shared by citizen concerns and direct-line referrals.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadline guard")
package de.lotse.deadlines;
