package de.lotse.concerns;

import java.text.Normalizer;

/**
 * Cleans text a citizen typed before it is checked or stored: Unicode NFC (so that "ü" typed on different phones
 * compares equal), line breaks as {@code \n}, control characters removed, blanks around it trimmed. Everything a
 * person could have meant to write stays, including the replacement character of bytes that were not valid UTF-8.
 */
public final class CitizenText {

    private CitizenText() {
    }

    public static String clean(String typed) {
        if (typed == null) {
            return "";
        }
        String normalised = Normalizer.normalize(typed, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder kept = new StringBuilder(normalised.length());
        normalised.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !(Character.isISOControl(c) || c == 0x2028 || c == 0x2029))
                .forEach(kept::appendCodePoint);
        return kept.toString().strip();
    }

    /** Length as a person counts characters: an emoji or a combined letter counts once. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
