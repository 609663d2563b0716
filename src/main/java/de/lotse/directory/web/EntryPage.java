package de.lotse.directory.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.lotse.directory.Accessibility;
import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.DirectoryEntry.Schedule;
import de.lotse.directory.EntryText;
import de.lotse.directory.OpeningHours;
import de.lotse.directory.Topic;
import de.lotse.language.Language;

/** What an entry's page shows, worded for the reader: plain description, hours by weekday, days that differ. */
public final class EntryPage {

    /** Weeks ahead in which public holidays and exceptions are named. */
    static final int DAYS_AHEAD = 28;

    /** One weekday of the usual week: visiting and phone hours as "09:00–12:00" texts. */
    public record Weekday(String name, List<Hours> opening, List<Hours> phone) {
    }

    /** Hours of one stretch; {@code pastMidnight} when they end on the next day. */
    public record Hours(String from, String to, boolean pastMidnight) {
    }

    /** A day in the next weeks that differs: its holiday name and the centre's note, and its hours (none: closed). */
    public record DifferentDay(LocalDate day, Optional<String> holiday, Optional<String> note, List<Hours> hours) {
    }

    private final DirectoryEntry entry;
    private final Language reader;
    private final LocalDate today;
    private final Map<String, Topic> topics;
    private final OpeningHours openingHours;
    private final EntryText text;

    EntryPage(DirectoryEntry entry, EntryText text, Language reader, LocalDate today, List<Topic> topics,
            OpeningHours openingHours) {
        this.entry = entry;
        this.text = text;
        this.reader = reader;
        this.today = today;
        this.topics = topics.stream().collect(Collectors.toMap(Topic::code, Function.identity()));
        this.openingHours = openingHours;
    }

    public DirectoryEntry entry() {
        return entry;
    }

    public DirectoryEntry.Service service() {
        return entry.service();
    }

    public DirectoryEntry.Organization organization() {
        return entry.organization();
    }

    /** The name in the reader's language where the editors translated it, else German. */
    public String name() {
        return text.name();
    }

    /** In Leichte Sprache the entry's own easy text, where it has one; in other languages its translation, if any. */
    public String description() {
        return text.description();
    }

    /** The text's {@code lang} where it differs from the page's ("de" for an untranslated text), else null. */
    public String nameLang() {
        return text.nameLang();
    }

    public String descriptionLang() {
        return text.descriptionLang();
    }

    public List<String> topicNames() {
        return entry.topics().stream().map(topics::get).filter(java.util.Objects::nonNull)
                .map(topic -> topic.name(reader)).toList();
    }

    public List<String> languages() {
        return List.copyOf(entry.languages());
    }

    public String nativeName(String code) {
        return Wording.nativeName(code);
    }

    public String direction(String code) {
        return Wording.direction(code);
    }

    public List<Weekday> week() {
        List<Schedule> opening = openingHours.usualWeek(entry, Schedule.Kind.OPENING, today);
        List<Schedule> phone = openingHours.usualWeek(entry, Schedule.Kind.PHONE, today);
        List<Weekday> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            week.add(new Weekday(day.getDisplayName(TextStyle.FULL, reader.locale()), hoursOn(opening, day),
                    hoursOn(phone, day)));
        }
        return week;
    }

    public boolean hasPhoneHours() {
        return entry.schedules().stream().anyMatch(schedule -> schedule.kind() == Schedule.Kind.PHONE);
    }

    public boolean hasOpeningHours() {
        return entry.schedules().stream().anyMatch(schedule -> schedule.kind() == Schedule.Kind.OPENING);
    }

    /** Weekly hours that end on a given day, e.g. a Saturday consultation until the end of the year. */
    public List<Schedule> endingSchedules() {
        return openingHours.usualWeek(entry, Schedule.Kind.OPENING, today).stream()
                .filter(schedule -> schedule.validTo().isPresent()).toList();
    }

    public String weekdayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, reader.locale());
    }

    public List<DifferentDay> differentDays() {
        return openingHours.deviations(entry, today, DAYS_AHEAD).stream()
                .map(deviation -> new DifferentDay(deviation.day(),
                        deviation.holiday().map(holiday -> holiday.name()),
                        deviation.exception().flatMap(DirectoryEntry.ScheduleException::notes),
                        deviation.opening().stream().map(interval -> new Hours(Wording.time(interval.opensAt()),
                                Wording.time(interval.closesAt()), interval.pastMidnight())).toList()))
                .toList();
    }

    public Optional<LocalDate> verifiedAt() {
        return entry.service().verifiedAt();
    }

    /** Last checked more than twelve months ago (or never): the page says the entry may be out of date. */
    public boolean outdated() {
        return entry.service().verifiedAt().map(day -> day.isBefore(today.minusMonths(12))).orElse(true);
    }

    public List<Accessibility> accessibility(DirectoryEntry.Location location) {
        return location.accessibility().stream().sorted().toList();
    }

    public Optional<String> email() {
        return entry.service().email().or(() -> entry.organization().email()).filter(email -> email.contains("@"));
    }

    /** Only web addresses, never a {@code javascript:} or other link an editor might have typed. */
    public Optional<String> website() {
        return entry.service().website().or(() -> entry.organization().website())
                .filter(url -> url.startsWith("https://") || url.startsWith("http://"));
    }

    public String telLink(String number) {
        return Wording.telLink(number);
    }

    private static List<Hours> hoursOn(List<Schedule> schedules, DayOfWeek day) {
        return schedules.stream().filter(schedule -> schedule.day() == day)
                .map(schedule -> new Hours(Wording.time(schedule.opensAt()), Wording.time(schedule.closesAt()),
                        schedule.overnight() && !schedule.closesAt().equals(java.time.LocalTime.MIDNIGHT)))
                .toList();
    }
}
