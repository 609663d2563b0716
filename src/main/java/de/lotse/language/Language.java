package de.lotse.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A language a citizen may read Lotse in, or ask to be answered in.
 *
 * <p>Leichte Sprache is German for people who read with difficulty (DIN SPEC 33429). It is modelled as the German
 * locale with the variant {@code LS}, so its message bundle {@code messages_de__LS} falls back key by key to plain
 * German wherever it has no simpler wording of its own.
 */
public enum Language {

    GERMAN("de", new Locale("de"), "Deutsch", Direction.LTR),
    EASY_GERMAN("de-LS", new Locale("de", "", "LS"), "Leichte Sprache", Direction.LTR),
    ENGLISH("en", new Locale("en"), "English", Direction.LTR),
    UKRAINIAN("uk", new Locale("uk"), "Українська", Direction.LTR),
    RUSSIAN("ru", new Locale("ru"), "Русский", Direction.LTR),
    ARABIC("ar", new Locale("ar"), "العربية", Direction.RTL),
    DARI_FARSI("fa", new Locale("fa"), "دری / فارسی", Direction.RTL),
    TURKISH("tr", new Locale("tr"), "Türkçe", Direction.LTR);

    public enum Direction {
        LTR, RTL
    }

    private final String code;
    private final Locale locale;
    private final String nativeName;
    private final Direction direction;
    private final boolean pagesTranslated;

    Language(String code, Locale locale, String nativeName, Direction direction) {
        this.code = code;
        this.locale = locale;
        this.nativeName = nativeName;
        this.direction = direction;
        this.pagesTranslated = "de".equals(code) || Language.class.getClassLoader().getResource(bundle(locale)) != null;
    }

    /**
     * The message bundle of a language's pages. A language is offered on the pages as soon as its bundle ships, and
     * only then: {@code MessageBundlesTest} fails for any shipped bundle that lacks a text citizens read, so no
     * language can be offered half translated, and a translator's new file needs no second change to switch it on.
     */
    static String bundle(Locale locale) {
        return "i18n/messages_" + locale + ".properties";
    }

    /** The code used in links, cookies and the API, e.g. {@code de}, {@code de-LS}, {@code uk}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's name in itself, so that a person finds it without reading German. */
    public String nativeName() {
        return nativeName;
    }

    public Direction direction() {
        return direction;
    }

    /** The value for HTML's {@code dir} attribute. */
    public String htmlDir() {
        return direction == Direction.RTL ? "rtl" : "ltr";
    }

    /** The value for HTML's {@code lang} attribute. Leichte Sprache is still German to a screen reader. */
    public String htmlLang() {
        return locale.getLanguage();
    }

    /**
     * Whether the pages can be shown in this language (its bundle ships, see {@link #bundle}); others can still be
     * asked for as answer language.
     */
    public boolean pagesTranslated() {
        return pagesTranslated;
    }

    public static Optional<Language> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        return Arrays.stream(values()).filter(language -> language.code.equalsIgnoreCase(wanted)).findFirst();
    }

    /** The pages' language closest to a locale, e.g. from the browser's Accept-Language. */
    public static Optional<Language> forPages(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        if ("LS".equalsIgnoreCase(locale.getVariant())) {
            return Optional.of(EASY_GERMAN);
        }
        // Dari has its own code (prs) beside Persian's (fa); both read the one Persian-script bundle.
        String wanted = "prs".equals(locale.getLanguage()) ? "fa" : locale.getLanguage();
        return Arrays.stream(values()).filter(Language::pagesTranslated)
                .filter(language -> language.locale.getLanguage().equals(wanted))
                .findFirst();
    }
}
