package de.lotse.organisation;

import java.util.Optional;
import java.util.regex.Pattern;

/** A German postcode: five digits, nothing else. */
public record Postcode(String value) {

    private static final Pattern FIVE_DIGITS = Pattern.compile("[0-9]{5}");

    public Postcode {
        if (value == null || !FIVE_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("A postcode has five digits");
        }
    }

    /** Reads what a person typed, tolerating surrounding blanks; empty when it is not a postcode. */
    public static Optional<Postcode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String trimmed = typed.strip();
        return FIVE_DIGITS.matcher(trimmed).matches() ? Optional.of(new Postcode(trimmed)) : Optional.empty();
    }
}
