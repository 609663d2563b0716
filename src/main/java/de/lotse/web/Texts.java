package de.lotse.web;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.springframework.context.MessageSource;

import de.lotse.language.LocalFormats;
import gg.jte.Content;
import gg.jte.support.LocalizationSupport;

/**
 * Message bundle texts in one locale, for templates. Texts are trusted markup from our bundles; arguments are escaped
 * by jte. Numbers are formatted the way the reader writes them (20.000 in German, 20,000 in English).
 *
 * <p>A text with arguments is read as a {@link MessageFormat}, as Spring reads the texts of e-mails and messages: an
 * apostrophe in it is written twice ({@code it''s {0}}), one without arguments once. One rule for every text, whoever
 * renders it; {@code MessageBundlesTest} checks every bundle for it.
 */
public final class Texts implements LocalizationSupport {

    /**
     * Argument n is formatted as U+E000 n U+E001 and then written in its place, escaped; splitting at both marks
     * alternates text and argument numbers. Private-use characters, which no text of ours contains.
     */
    private static final Pattern MARKER = Pattern.compile("[\uE000\uE001]");

    private final MessageSource messages;
    private final Locale locale;

    public Texts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    @Override
    public String lookup(String key) {
        return messages.getMessage(key, null, locale);
    }

    /** A text as markup, for element content. */
    public Content t(String key, Object... arguments) {
        if (arguments.length == 0) {
            return localize(key);
        }
        Object[] values = formatted(arguments);
        String[] parts = MARKER.split(new MessageFormat(lookup(key), locale).format(markers(values.length)), -1);
        return output -> {
            for (int i = 0; i < parts.length; i++) {
                if (i % 2 == 0) {
                    output.writeContent(parts[i]);
                    continue;
                }
                Object value = values[Integer.parseInt(parts[i])];
                if (value instanceof Content content) {
                    content.writeTo(output);
                } else if (value != null) {
                    output.writeUserContent(String.valueOf(value));
                }
            }
        };
    }

    /** A text as plain string, for attributes and titles; jte escapes it. */
    public String plain(String key, Object... arguments) {
        return arguments.length == 0 ? lookup(key) : new MessageFormat(lookup(key), locale).format(formatted(arguments));
    }

    public Locale locale() {
        return locale;
    }

    private static Object[] markers(int count) {
        return IntStream.range(0, count).mapToObj(i -> "\uE000" + i + "\uE001").toArray();
    }

    private Object[] formatted(Object[] arguments) {
        return Arrays.stream(arguments)
                .map(argument -> argument instanceof Number number ? LocalFormats.of(locale).number(number.longValue()) : argument)
                .toArray();
    }
}
