package de.lotse.wording;

import java.time.Instant;
import java.util.Optional;

import de.lotse.language.Language;

/**
 * One change of a Jobcenter's wording, as kept for accountability.
 *
 * @param before the override it replaced; empty when the shipped text was in force
 * @param after the new override; empty when the text was reset to the shipped one
 */
public record TextChange(Language language, Optional<String> before, Optional<String> after, Instant changedAt,
        String changedBy) {

    public boolean reset() {
        return after.isEmpty();
    }
}
