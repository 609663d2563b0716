package de.lotse.concerns;

import java.util.regex.Pattern;

/**
 * The long random secret in a citizen's status link. Whoever holds it may read the concern, so it is only ever
 * compared by its hash and never written to a log.
 */
public record StatusLinkSecret(String value) {

    /** 32 bytes in URL-safe Base64 without padding. */
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    public StatusLinkSecret {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a status link secret");
        }
    }

    /** A string from a URL is only a candidate: anything that is not even shaped like a secret is not found. */
    public static boolean looksLikeOne(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return "StatusLinkSecret[hidden]";
    }
}
