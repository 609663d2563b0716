package de.lotse.directory.web;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import de.lotse.language.Language;
import de.lotse.language.LocalFormats;

/** How directory facts read on a page: languages by their own names, times, distances, phone links. */
public final class Wording {

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "prs", "he", "ur", "ps", "ku");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Wording() {
    }

    /** A language in itself ("Українська", "Türkçe"), so a person finds it without reading German. */
    public static String nativeName(String code) {
        return Language.byCode(code).map(Language::nativeName).orElseGet(() -> {
            Locale locale = Locale.forLanguageTag(code);
            String name = locale.getDisplayLanguage(locale);
            return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
        });
    }

    public static String direction(String code) {
        return RIGHT_TO_LEFT.contains(code) ? "rtl" : "ltr";
    }

    static String time(LocalTime time) {
        return TIME.format(time);
    }

    static String kilometres(double km, Locale locale) {
        return LocalFormats.of(locale).decimal(km, 1);
    }

    /** A German number as a tel: link: "040 000000-11" becomes "+4940000000011". */
    public static String telLink(String number) {
        String digits = number.replaceAll("[^0-9+]", "");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        } else if (digits.startsWith("0")) {
            digits = "+49" + digits.substring(1);
        }
        return "tel:" + digits;
    }
}
