package de.lotse.directory;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Text as the search compares it: Unicode NFC, lower case, umlauts and ß spelt out, so that "Muenchen", "München" and
 * "MÜNCHEN" all find each other and words typed on different devices compare equal.
 */
final class SearchText {

    private SearchText() {
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.GERMAN)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
    }

    /** The words of a query; each must occur somewhere in an entry for it to match. */
    static List<String> words(String query) {
        return Arrays.stream(normalize(query).split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isBlank()).toList();
    }
}
