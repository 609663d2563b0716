package de.lotse.wording;

import java.text.AttributedCharacterIterator;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether an override can stand in for a shipped text: pages and mails fill in the same arguments, so it must keep the
 * shipped text's placeholders and parse as {@link MessageFormat}; and since texts are rendered as trusted markup, it may
 * use no markup but the shipped text's own tags (an administrator's slip must not become script on a citizen's page).
 */
final class TextCheck {

    static final int MAX_LENGTH = 4000;
    private static final Pattern TAG = Pattern.compile("<[^<>]*>");

    private TextCheck() {
    }

    /** @throws InvalidText with the first problem found */
    static String checked(String shipped, String typed) {
        return checked(shipped, java.util.List.of(shipped), typed);
    }

    /**
     * @param shipped the German text, which defines the placeholders
     * @param anyLanguage the key's shipped texts in all languages: markup any of them uses may be used (Leichte
     *        Sprache links hard words to the glossary where German does not)
     * @throws InvalidText with the first problem found
     */
    static String checked(String shipped, java.util.Collection<String> anyLanguage, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new InvalidText("admin.texts.error.empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidText("admin.texts.error.tooLong", MAX_LENGTH);
        }
        Optional<SortedSet<Integer>> expected = placeholders(shipped);
        if (expected.isPresent()) {
            Optional<SortedSet<Integer>> found = placeholders(text);
            if (found.isEmpty()) {
                throw new InvalidText("admin.texts.error.syntax");
            }
            if (!found.get().equals(expected.get())) {
                throw new InvalidText("admin.texts.error.placeholders", written(expected.get()));
            }
        }
        Set<String> allowedTags = new HashSet<>();
        anyLanguage.forEach(inLanguage -> allowedTags.addAll(tags(inLanguage)));
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            if (!allowedTags.contains(tag.group())) {
                throw new InvalidText("admin.texts.error.markup");
            }
        }
        if (TAG.matcher(text).replaceAll("").contains("<")) {
            throw new InvalidText("admin.texts.error.markup");
        }
        return text;
    }

    /**
     * The argument numbers a text uses, as MessageFormat reads it (a placeholder inside quotes is no placeholder);
     * empty when the text does not parse.
     */
    static Optional<SortedSet<Integer>> placeholders(String text) {
        try {
            MessageFormat format = new MessageFormat(text, Locale.ROOT);
            Object[] numbers = new Object[format.getFormatsByArgumentIndex().length];
            Arrays.fill(numbers, 1);
            AttributedCharacterIterator formatted = format.formatToCharacterIterator(numbers);
            SortedSet<Integer> used = new TreeSet<>();
            for (char c = formatted.first(); c != AttributedCharacterIterator.DONE; c = formatted.next()) {
                if (formatted.getAttribute(MessageFormat.Field.ARGUMENT) instanceof Integer argument) {
                    used.add(argument);
                }
            }
            return Optional.of(used);
        } catch (IllegalArgumentException unparsable) {
            return Optional.empty();
        }
    }

    private static Set<String> tags(String text) {
        Set<String> tags = new HashSet<>();
        Matcher matcher = TAG.matcher(text);
        while (matcher.find()) {
            tags.add(matcher.group());
        }
        return tags;
    }

    private static String written(Set<Integer> placeholders) {
        return placeholders.isEmpty() ? "–"
                : placeholders.stream().map(number -> "{" + number + "}").collect(Collectors.joining(", "));
    }
}
