package de.lotse.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;

import de.lotse.language.Language;
import de.lotse.language.LocalFormats;
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
    private final List<Language> offered;

    Page(Texts texts, Language language, CsrfToken csrf, String requestUri, UnaryOperator<String> assets,
            List<Language> offered) {
        this.offered = offered;
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
        return language.htmlDir();
    }

    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }

    /** The languages this page can be read in, for the language switch (staff pages: German and English). */
    public List<Language> pageLanguages() {
        return offered;
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

    /**
     * A form's address that carries the page's language, so that the answer to the form is in the language the form
     * was read in, even if another tab has meanwhile chosen another one (the cookie is shared by all tabs).
     */
    public String action(String path) {
        return languageLink(language, path);
    }

    /**
     * A value that reads left to right in every language (a case reference, an e-mail address, a phone number), for
     * text arguments and titles where no element can carry {@code dir="ltr"}: isolated with Unicode's LRI and PDI, so
     * that an Arabic sentence around "HH-2026-AB7C-9Q" neither reorders it nor is reordered by it. Left-to-right pages
     * need no isolation and get none: invisible characters would travel along when a reference is copied.
     */
    public String ltr(String value) {
        return language.direction() == Language.Direction.RTL ? "\u2066" + value + "\u2069" : value;
    }

    /** A time of day in the reader's way: "18:00", "6:00 PM". */
    public String time(java.time.LocalTime time) {
        return formats().time(time);
    }

    public String date(LocalDate date) {
        return formats().date(date);
    }

    /** A day with its weekday, for deadlines: "Dienstag, 7. April 2026". */
    public String day(LocalDate date) {
        return formats().day(date);
    }

    /** The weekday's name alone: "Samstag". */
    public String weekday(LocalDate date) {
        return formats().weekday(date);
    }

    public String dateTime(Instant instant) {
        return formats().dateTime(instant);
    }

    /** A moment with its weekday, for promises: "Dienstag, 1. Dezember 2026, 18:00". */
    public String dayAndTime(Instant instant) {
        return formats().dayAndTime(instant);
    }

    public String number(long number) {
        return formats().number(number);
    }

    private LocalFormats formats() {
        return LocalFormats.of(texts.locale());
    }

    /** Timestamps in HTML's machine-readable form, for {@code <time datetime>}. */
    public String isoDateTime(Instant instant) {
        return instant.atZone(HAMBURG).toOffsetDateTime().toString();
    }
}
