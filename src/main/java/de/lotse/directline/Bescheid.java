package de.lotse.directline;

import java.time.LocalDate;

import de.lotse.deadlines.Delivery;
import de.lotse.deadlines.Instruction;

/** The decision notice a referral is about, as far as the counsellor has it in hand. */
public record Bescheid(LocalDate date, String kind, Delivery delivery, Instruction instruction) {
}
