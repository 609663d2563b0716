package de.lotse.web;

import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSource;

import gg.jte.Content;
import gg.jte.support.LocalizationSupport;

/**
 * Message bundle texts in one locale, for templates. Texts are trusted markup from our bundles; arguments are escaped
 * by jte. Numbers are formatted the way the reader writes them (20.000 in German, 20,000 in English).
 */
public final class Texts implements LocalizationSupport {

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
        return localize(key, formatted(arguments));
    }

    /** A text as plain string, for attributes and titles; jte escapes it. */
    public String plain(String key, Object... arguments) {
        String text = lookup(key);
        Object[] values = formatted(arguments);
        for (int i = 0; i < values.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return text;
    }

    public Locale locale() {
        return locale;
    }

    private Object[] formatted(Object[] arguments) {
        return Arrays.stream(arguments)
                .map(argument -> argument instanceof Number number ? NumberFormat.getIntegerInstance(locale).format(number) : argument)
                .toArray();
    }
}
