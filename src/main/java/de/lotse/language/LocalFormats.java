package de.lotse.language;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Dates, times and numbers the way a reader of one language writes them: "7. April 2026" in German, "April 7, 2026"
 * in English, "7 квітня 2026 р." in Ukrainian, "7 أبريل 2026" in Arabic.
 *
 * <p>Digits are always Latin (0–9), in Arabic and Dari/Farsi too, although their locales would write ٧ or ۷: the
 * Bescheid, the case reference, the customer number and every letter of the Jobcenter use Latin digits, and a date
 * on the status page must be found again on the paper. Leichte Sprache takes German's long forms (no "07.04.").
 * Moments are shown in Hamburg's time, where every Jobcenter in Germany is.
 */
public final class LocalFormats {

    private static final ZoneId GERMANY = ZoneId.of("Europe/Berlin");

    private final Locale locale;

    private LocalFormats(Locale locale) {
        // A variant such as Leichte Sprache's LS is no BCP 47 variant; the language alone decides the formats.
        this.locale = Locale.forLanguageTag(locale.getLanguage() + "-u-nu-latn");
    }

    public static LocalFormats of(Language language) {
        return new LocalFormats(language.locale());
    }

    public static LocalFormats of(Locale locale) {
        return new LocalFormats(locale);
    }

    /** "7. April 2026". */
    public String date(LocalDate date) {
        return localized(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)).format(date);
    }

    /** A day with its weekday, for deadlines and appointments: "Dienstag, 7. April 2026". */
    public String day(LocalDate date) {
        return localized(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)).format(date);
    }

    /** The weekday's name alone: "Samstag". */
    public String weekday(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
    }

    /** A time of day: "18:00", "6:00 PM". */
    public String time(LocalTime time) {
        return localized(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)).format(time);
    }

    public String time(Instant instant) {
        return time(instant.atZone(GERMANY).toLocalTime());
    }

    /** "7. April 2026, 18:00". */
    public String dateTime(Instant instant) {
        return localized(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT))
                .format(instant.atZone(GERMANY));
    }

    /** A moment with its weekday, for promises: "Dienstag, 1. Dezember 2026, 18:00". */
    public String dayAndTime(Instant instant) {
        return localized(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT))
                .format(instant.atZone(GERMANY));
    }

    /**
     * A date or time in a pattern its language's translator chose for a sentence (where the localized forms above
     * would need a grammatical case they do not have), still with Latin digits.
     */
    public String pattern(String pattern, TemporalAccessor value) {
        return localized(DateTimeFormatter.ofPattern(pattern)).format(value);
    }

    public LocalDate day(Instant instant) {
        return instant.atZone(GERMANY).toLocalDate();
    }

    /** A whole number with the reader's grouping: 20.000, 20,000, 20 000. */
    public String number(long number) {
        return NumberFormat.getIntegerInstance(locale).format(number);
    }

    /** A number with a fixed count of decimals: 2,5 km, 2.5 km. */
    public String decimal(double number, int fractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(number);
    }

    public Locale locale() {
        return locale;
    }

    private DateTimeFormatter localized(DateTimeFormatter formatter) {
        return formatter.withLocale(locale).withDecimalStyle(DecimalStyle.of(locale));
    }
}
