package de.lotse.concerns;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A concern's reference, such as {@code HH-2026-7KQ4-M2}, made to be read out on the phone.
 *
 * <p>Its characters leave out 0, O, 1, I and L, which people confuse when reading or hearing them. Five characters are
 * random (31⁵ ≈ 28.6 million a year and Jobcenter); the last one is a check character (weighted sum modulo 31), so a
 * single wrong character or two swapped neighbours are caught before anyone searches for a wrong case. The reference grants no
 * access: that is what the status link's secret is for.
 */
public record Reference(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int RANDOM_CHARACTERS = 5;
    private static final Pattern FORMAT = Pattern.compile("([A-Z]{2,3})-?(\\d{4})-?([" + ALPHABET + "]{4})-?([" + ALPHABET + "]{2})");

    public Reference {
        if (value == null || !FORMAT.matcher(value).matches() || !checkCharacterFits(stripped(value))) {
            throw new IllegalArgumentException("Not a concern reference: " + value);
        }
    }

    public static Reference next(String prefix, int year, RandomGenerator random) {
        StringBuilder code = new StringBuilder(RANDOM_CHARACTERS + 1);
        for (int i = 0; i < RANDOM_CHARACTERS; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        code.append(checkCharacter(code));
        return new Reference(prefix + "-" + year + "-" + code.substring(0, 4) + "-" + code.substring(4));
    }

    /** Reads a reference as a person typed it: any case, with or without dashes and blanks. */
    public static Optional<Reference> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        Matcher matcher = FORMAT.matcher(compact);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String canonical = matcher.group(1) + "-" + matcher.group(2) + "-" + matcher.group(3) + "-" + matcher.group(4);
        return checkCharacterFits(stripped(canonical)) ? Optional.of(new Reference(canonical)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }

    private static String stripped(String reference) {
        Matcher matcher = FORMAT.matcher(reference);
        matcher.matches();
        return matcher.group(3) + matcher.group(4);
    }

    /**
     * Weighted sum modulo 31, a prime: with weights 1 to 6 every single wrong character and every pair of swapped
     * neighbours changes the sum, so each is caught.
     */
    private static char checkCharacter(CharSequence payload) {
        int n = ALPHABET.length();
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(payload.charAt(i));
        }
        int checkWeight = payload.length() + 1;
        int inverse = BigInteger.valueOf(checkWeight).modInverse(BigInteger.valueOf(n)).intValue();
        return ALPHABET.charAt(Math.floorMod(-sum * inverse, n));
    }

    private static boolean checkCharacterFits(String code) {
        return checkCharacter(code.substring(0, code.length() - 1)) == code.charAt(code.length() - 1);
    }
}
