package de.lotse.concerns;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The number a citizen finds on every letter from the Jobcenter: either the Kundennummer (three digits, a letter,
 * six digits, e.g. {@code 123A456789}) or the number of the Bedarfsgemeinschaft (five digits, "BG", seven digits,
 * e.g. {@code 12345BG1234567}). Stored without blanks and in capitals.
 */
public record CustomerNumber(String value) {

    private static final Pattern CUSTOMER = Pattern.compile("\\d{3}[A-Z]\\d{6}");
    private static final Pattern HOUSEHOLD = Pattern.compile("\\d{5}BG\\d{7}");

    public CustomerNumber {
        if (value == null || !(CUSTOMER.matcher(value).matches() || HOUSEHOLD.matcher(value).matches())) {
            throw new IllegalArgumentException("Not a customer or household number");
        }
    }

    public static Optional<CustomerNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("[\\s./-]", "").toUpperCase(Locale.ROOT);
        if (CUSTOMER.matcher(compact).matches() || HOUSEHOLD.matcher(compact).matches()) {
            return Optional.of(new CustomerNumber(compact));
        }
        return Optional.empty();
    }

    public boolean isHouseholdNumber() {
        return HOUSEHOLD.matcher(value).matches();
    }
}
