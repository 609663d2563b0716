package de.lotse.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;

import de.lotse.language.Language;
import gg.jte.Content;

/**
 * What every template gets besides its own data: texts in the reader's language, the CSRF token for forms, and
 * links to the same page in the other languages.
 */
public final class Page {

    private static final ZoneId HAMBURG = ZoneId.of("Europe/Berlin");

    private final Texts texts;
    private final Language language;
    private final CsrfToken csrf;
    private final String requestUri;
    private final UnaryOperator<String> assets;

    Page(Texts texts, Language language, CsrfToken csrf, String requestUri, UnaryOperator<String> assets) {
        this.texts = texts;
        this.language = language;
        this.csrf = csrf;
        this.requestUri = requestUri;
        this.assets = assets;
    }

    /** The URL of a static file, versioned by its content. */
    public String asset(String path) {
        return assets.apply(path);
    }

    public Content t(String key, Object... arguments) {
        return texts.t(key, arguments);
    }

    public String plain(String key, Object... arguments) {
        return texts.plain(key, arguments);
    }

    public Language language() {
        return language;
    }

    public String direction() {
        return language.direction() == Language.Direction.RTL ? "rtl" : "ltr";
    }

    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    /** The languages the pages can be read in, for the language switch. */
    public List<Language> pageLanguages() {
        return Arrays.stream(Language.values()).filter(Language::pagesTranslated).toList();
    }

    /** All languages a citizen may ask to be answered in. */
    public List<Language> allLanguages() {
        return List.of(Language.values());
    }

    /**
     * This page in another language; the choice is remembered in a cookie.
     *
     * @param path the page's address for GET, when it was rendered for another request (e.g. after a POST); null
     *        for the current request's address
     */
    public String languageLink(Language other, String path) {
        return UriComponentsBuilder.fromUriString(path == null ? requestUri : path).replaceQueryParam("lang", other.code())
                .build().toUriString();
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(texts.locale()).format(date);
    }

    /** A day with its weekday, for deadlines: "Dienstag, 7. April 2026". */
    public String day(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(texts.locale()).format(date);
    }

    /** The weekday's name alone: "Samstag". */
    public String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, texts.locale());
    }

    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(texts.locale())
                .format(instant.atZone(HAMBURG));
    }

    /** A moment with its weekday, for promises: "Dienstag, 1. Dezember 2026, 18:00". */
    public String dayAndTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(texts.locale())
                .format(instant.atZone(HAMBURG));
    }

    /** Timestamps in HTML's machine-readable form, for {@code <time datetime>}. */
    public String isoDateTime(Instant instant) {
        return instant.atZone(HAMBURG).toOffsetDateTime().toString();
    }
}
