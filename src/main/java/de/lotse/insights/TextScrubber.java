package de.lotse.insights;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes personal details out of a citizen's text before the insights keep a snippet of it for grouping similar
 * concerns: the details the case core knows (name, customer number, contact), and whatever looks like an e-mail
 * address, IBAN, customer or household number, date, phone number, postcode or a name after a salutation or
 * greeting. Each is replaced by a placeholder, so the text still reads as a sentence. It errs on the side of removing.
 */
final class TextScrubber {

    static final int SNIPPET_LENGTH = 500;

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'-]+";
    private static final String MONTHS = "Januar|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember";

    /** In order: the more specific patterns first, so an IBAN is not half taken as a phone number. */
    private static final Map<Pattern, String> PATTERNS = new LinkedHashMap<>();

    static {
        PATTERNS.put(Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+"), "[E-MAIL]");
        PATTERNS.put(Pattern.compile("\\b[A-Z]{2}\\d{2}(?:\\s?[A-Z0-9]{4}){3,7}(?:\\s?[A-Z0-9]{1,3})?\\b",
                Pattern.CASE_INSENSITIVE), "[IBAN]");
        PATTERNS.put(Pattern.compile("\\b\\d{5}\\s?BG\\s?\\d{7}\\b", Pattern.CASE_INSENSITIVE), "[KUNDENNUMMER]");
        PATTERNS.put(Pattern.compile("\\b\\d{3}\\s?[A-Z]\\s?\\d{6}\\b", Pattern.CASE_INSENSITIVE), "[KUNDENNUMMER]");
        PATTERNS.put(Pattern.compile("\\b\\d{1,2}\\.\\s?(?:\\d{1,2}\\.|(?:" + MONTHS + "))(?:\\s?\\d{2,4})?\\b"), "[DATUM]");
        PATTERNS.put(Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b"), "[DATUM]");
        PATTERNS.put(Pattern.compile("(?:\\+|\\b0)\\d[\\d\\s/()-]{5,}\\d"), "[TELEFON]");
        PATTERNS.put(Pattern.compile("\\b\\d{5}\\b"), "[PLZ]");
        PATTERNS.put(Pattern.compile("\\d{6,}"), "[NUMMER]");
        PATTERNS.put(Pattern.compile("\\b(?:Herrn?|Frau|Hr\\.|Fr\\.|Dr\\.)\\s+" + NAME_WORD + "(?:\\s+" + NAME_WORD + ")?"),
                "[NAME]");
        PATTERNS.put(Pattern.compile("(?i:mein name ist|ich hei(?:ß|ss)e|name:|grüßen|gruß|grüße|gruss)[,:]?\\s+"
                + NAME_WORD + "(?:\\s+" + NAME_WORD + ")?"), "[NAME]");
    }

    private TextScrubber() {
    }

    /** The text without personal details, its white space made plain, cut to {@link #SNIPPET_LENGTH}. */
    static String snippet(String text, Collection<String> knownDetails) {
        String scrubbed = scrub(text, knownDetails).replaceAll("\\s+", " ").strip();
        return scrubbed.length() <= SNIPPET_LENGTH ? scrubbed : scrubbed.substring(0, SNIPPET_LENGTH);
    }

    static String scrub(String text, Collection<String> knownDetails) {
        String result = text;
        for (String detail : knownDetails) {
            result = removeLiterally(result, detail, detail.contains("@") ? "[E-MAIL]" : "[PERSÖNLICH]");
            // A name also appears in parts: "Anna Muster" as "Frau Muster" or "Anna".
            for (String part : detail.split("\\s+")) {
                if (part.length() >= 3 && Character.isLetter(part.charAt(0))) {
                    result = removeWord(result, part);
                }
            }
        }
        for (Map.Entry<Pattern, String> pattern : PATTERNS.entrySet()) {
            Matcher matcher = pattern.getKey().matcher(result);
            String replacement = Matcher.quoteReplacement(pattern.getValue());
            result = pattern.getValue().equals("[NAME]") ? replaceKeepingLead(matcher) : matcher.replaceAll(replacement);
        }
        return result;
    }

    /** Keeps the salutation or greeting ("Frau", "Grüße"), replaces what follows: "Frau [NAME]". */
    private static String replaceKeepingLead(Matcher matcher) {
        return matcher.replaceAll(match -> {
            String found = match.group();
            String[] words = found.split("\\s+", 2);
            return Matcher.quoteReplacement(words[0] + " [NAME]");
        });
    }

    private static String removeLiterally(String text, String detail, String placeholder) {
        if (detail.isBlank()) {
            return text;
        }
        return Pattern.compile(Pattern.quote(detail), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text)
                .replaceAll(Matcher.quoteReplacement(placeholder));
    }

    private static String removeWord(String text, String word) {
        return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word.toLowerCase(Locale.GERMAN)) + "(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).replaceAll("[NAME]");
    }
}
