package de.lotse.organisation;

import java.util.Locale;
import java.util.regex.Pattern;

/** A login as people type it: trimmed and lower-cased, then a-z, 0-9, dot, underscore and hyphen, 2 to 63 long. */
final class LoginName {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{1,62}");

    private LoginName() {
    }

    static String clean(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    static boolean valid(String clean) {
        return VALID.matcher(clean).matches();
    }
}
