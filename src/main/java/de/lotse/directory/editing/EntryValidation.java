package de.lotse.directory.editing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import de.lotse.directory.Accessibility;
import de.lotse.directory.Appointment;
import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.District;
import de.lotse.directory.GeoPoint;
import de.lotse.directory.ServiceStatus;
import de.lotse.directory.Translation;

/**
 * Turns what an editor typed into an entry, or says what is wrong, field by field (all problems at once). Ids of
 * locations and hours are kept only where they belong to the entry already; anything else becomes new.
 */
final class EntryValidation {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 4000;
    static final int MAX_NOTE = 300;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern URL = Pattern.compile("https?://[^\\s]+\\.[^\\s]+");
    private static final Pattern POSTCODE = Pattern.compile("[0-9]{5}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()/-]{5,30}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z]{2,4})?");

    private final Set<String> topics;
    private final Function<String, Optional<GeoPoint>> centroids;
    private final TypedFields fields = new TypedFields();

    EntryValidation(Set<String> topics, Function<String, Optional<GeoPoint>> centroids) {
        this.topics = topics;
        this.centroids = centroids;
    }

    static String time(LocalTime time) {
        return TypedFields.TIME.format(time);
    }

    /**
     * The entry as typed.
     *
     * @param organization the entry's organization as published (its id and sample flag stay)
     * @param existing the published entry, when it is a change of one
     */
    Proposal check(EntryDraft draft, UUID service, DirectoryEntry.Organization organization,
            Optional<DirectoryEntry> existing) {
        draft.withoutBlankRows();
        DirectoryEntry.Organization checkedOrganization = new DirectoryEntry.Organization(organization.id(),
                fields.required("organizationName", draft.organizationName, MAX_NAME),
                fields.optional("organizationAlternateName", draft.organizationAlternateName, MAX_NAME),
                fields.required("organizationDescription", draft.organizationDescription, MAX_TEXT),
                fields.optional("organizationProvider", draft.organizationProvider, MAX_NAME),
                fields.matching("organizationEmail", draft.organizationEmail, EMAIL, "email"),
                fields.matching("organizationWebsite", draft.organizationWebsite, URL, "url"), organization.sample());
        Appointment appointment = fields.oneOf("appointment", draft.appointment, Appointment.class).orElse(Appointment.BOTH);
        DirectoryEntry.Service checkedService = new DirectoryEntry.Service(service, organization.id(),
                fields.required("name", draft.name, MAX_NAME), fields.required("description", draft.description, MAX_TEXT),
                fields.optional("easyDescription", draft.easyDescription, MAX_TEXT),
                existing.map(entry -> entry.service().status()).orElse(ServiceStatus.IN_REVIEW), draft.freeOfCharge,
                fields.optional("feesDescription", draft.feesDescription, MAX_NOTE), appointment, draft.phoneAdvice,
                draft.videoAdvice, fields.matching("email", draft.email, EMAIL, "email"),
                fields.matching("website", draft.website, URL, "url"),
                existing.flatMap(entry -> entry.service().verifiedAt()));
        List<DirectoryEntry.Location> locations = locations(draft, existing);
        DirectoryEntry entry = new DirectoryEntry(checkedService, checkedOrganization, locations,
                hours(draft, locations, existing), days(draft), languages(draft), topics(draft), phones(draft));
        List<Translation> translations = translations(draft);
        if (fields.any()) {
            throw new InvalidEntry(fields.problems());
        }
        return new Proposal(entry, translations);
    }

    private List<DirectoryEntry.Location> locations(EntryDraft draft, Optional<DirectoryEntry> existing) {
        Map<UUID, DirectoryEntry.Location> known = existing.map(entry -> entry.locations().stream()
                .collect(Collectors.toMap(DirectoryEntry.Location::id, Function.identity()))).orElse(Map.of());
        if (draft.locations.isEmpty()) {
            fields.problem("locations", "oneLocation");
        }
        List<DirectoryEntry.Location> locations = new ArrayList<>();
        for (int i = 0; i < draft.locations.size(); i++) {
            EntryDraft.LocationRow row = draft.locations.get(i);
            String at = "locations[" + i + "].";
            Optional<DirectoryEntry.Location> before = fields.uuid(row.id).map(known::get);
            String name = fields.required(at + "name", row.name, MAX_NAME);
            String address = fields.required(at + "address", row.address, MAX_NAME);
            String postcode = row.postalCode == null ? "" : row.postalCode.strip();
            Optional<GeoPoint> point = Optional.empty();
            if (!POSTCODE.matcher(postcode).matches()) {
                fields.problem(at + "postalCode", "postcode");
            } else {
                point = before.filter(location -> location.postalCode().equals(postcode))
                        .map(location -> new GeoPoint(location.latitude(), location.longitude()))
                        .or(() -> centroids.apply(postcode));
                if (point.isEmpty()) {
                    fields.problem(at + "postalCode", "unknownPostcode", postcode);
                }
            }
            String city = Optional.ofNullable(fields.optional(at + "city", row.city, MAX_NAME).orElse(null)).orElse("Hamburg");
            Optional<District> district = fields.oneOf(at + "district", row.district, District.class);
            Set<Accessibility> features = EnumSet.noneOf(Accessibility.class);
            for (String feature : row.accessibility) {
                fields.oneOf(at + "accessibility", feature, Accessibility.class).ifPresent(features::add);
            }
            Optional<String> transportation = fields.optional(at + "transportation", row.transportation, MAX_NOTE);
            if (point.isPresent() && district.isPresent()) {
                locations.add(new DirectoryEntry.Location(before.map(DirectoryEntry.Location::id).orElseGet(UUID::randomUUID),
                        name, address, postcode, city, district.get(), point.get().latitude(), point.get().longitude(),
                        transportation, Set.copyOf(features)));
            } else {
                locations.add(null); // keeps the row numbers that hours refer to
            }
        }
        return locations;
    }

    private List<DirectoryEntry.Schedule> hours(EntryDraft draft, List<DirectoryEntry.Location> locations,
            Optional<DirectoryEntry> existing) {
        Set<UUID> known = existing.map(entry -> entry.schedules().stream().map(DirectoryEntry.Schedule::id)
                .collect(Collectors.toSet())).orElse(Set.of());
        List<DirectoryEntry.Schedule> schedules = new ArrayList<>();
        for (int i = 0; i < draft.hours.size(); i++) {
            EntryDraft.HoursRow row = draft.hours.get(i);
            String at = "hours[" + i + "].";
            Optional<DirectoryEntry.Schedule.Kind> kind = fields.oneOf(at + "kind", row.kind, DirectoryEntry.Schedule.Kind.class);
            Optional<DayOfWeek> day = fields.weekday(at + "day", row.day);
            Optional<LocalTime> opens = fields.time(at + "opens", row.opens, true);
            Optional<LocalTime> closes = fields.time(at + "closes", row.closes, true);
            if (opens.isPresent() && opens.equals(closes)) {
                fields.problem(at + "closes", "sameTimes");
            }
            Optional<UUID> location = Optional.empty();
            String number = row.location == null ? "" : row.location.strip();
            if (!number.isEmpty()) {
                try {
                    int index = Integer.parseInt(number) - 1;
                    location = Optional.ofNullable(index >= 0 && index < locations.size() ? locations.get(index) : null)
                            .map(DirectoryEntry.Location::id);
                    if (index < 0 || index >= locations.size()) {
                        fields.problem(at + "location", "locationRow");
                    }
                } catch (NumberFormatException notANumber) {
                    fields.problem(at + "location", "locationRow");
                }
            }
            Optional<LocalDate> validTo = fields.date(at + "validTo", row.validTo, false);
            Optional<String> notes = fields.optional(at + "notes", row.notes, MAX_NOTE);
            if (kind.isPresent() && day.isPresent() && opens.isPresent() && closes.isPresent()) {
                UUID id = fields.uuid(row.id).filter(known::contains).orElseGet(UUID::randomUUID);
                schedules.add(new DirectoryEntry.Schedule(id, location, kind.get(), day.get(), opens.get(), closes.get(),
                        Optional.empty(), validTo, notes));
            }
        }
        return schedules;
    }

    private List<DirectoryEntry.ScheduleException> days(EntryDraft draft) {
        List<DirectoryEntry.ScheduleException> days = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < draft.days.size(); i++) {
            EntryDraft.DayRow row = draft.days.get(i);
            String at = "days[" + i + "].";
            Optional<LocalDate> day = fields.date(at + "day", row.day, true);
            Optional<LocalTime> opens = fields.time(at + "opens", row.opens, !row.closed);
            Optional<LocalTime> closes = fields.time(at + "closes", row.closes, !row.closed);
            Optional<String> notes = fields.optional(at + "notes", row.notes, MAX_NOTE);
            if (day.isPresent() && !seen.add(day.get())) {
                fields.problem(at + "day", "duplicateDay");
            }
            if (day.isPresent()) {
                days.add(new DirectoryEntry.ScheduleException(day.get(), row.closed,
                        row.closed ? Optional.empty() : opens, row.closed ? Optional.empty() : closes, notes));
            }
        }
        return days;
    }

    private Set<String> languages(EntryDraft draft) {
        Set<String> languages = new LinkedHashSet<>();
        for (String code : (draft.languages == null ? "" : draft.languages).split("[,;\\s]+")) {
            if (code.isBlank()) {
                continue;
            }
            if (LANGUAGE.matcher(code).matches()) {
                languages.add(code);
            } else {
                fields.problem("languages", "language", code);
            }
        }
        if (languages.isEmpty() && !fields.has("languages")) {
            fields.problem("languages", "required");
        }
        return languages;
    }

    private Set<String> topics(EntryDraft draft) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String topic : draft.topics) {
            if (topics.contains(topic)) {
                chosen.add(topic);
            } else {
                fields.problem("topics", "topic");
            }
        }
        if (chosen.isEmpty()) {
            fields.problem("topics", "oneTopic");
        }
        return chosen;
    }

    private List<DirectoryEntry.Phone> phones(EntryDraft draft) {
        List<DirectoryEntry.Phone> phones = new ArrayList<>();
        for (int i = 0; i < draft.phones.size(); i++) {
            EntryDraft.PhoneRow row = draft.phones.get(i);
            String number = row.number == null ? "" : row.number.strip();
            if (!PHONE.matcher(number).matches() || number.chars().filter(Character::isDigit).count() < 5) {
                fields.problem("phones[" + i + "].number", "phone");
            }
            Optional<String> description = fields.optional("phones[" + i + "].description", row.description, MAX_NAME);
            phones.add(new DirectoryEntry.Phone(number, description));
        }
        return phones;
    }

    private List<Translation> translations(EntryDraft draft) {
        List<Translation> translations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < draft.translations.size(); i++) {
            EntryDraft.TranslationRow row = draft.translations.get(i);
            String at = "translations[" + i + "].";
            String language = row.language == null ? "" : row.language.strip();
            if (!LANGUAGE.matcher(language).matches() || language.equals("de")) {
                fields.problem(at + "language", "translationLanguage");
            } else if (!seen.add(language)) {
                fields.problem(at + "language", "duplicateLanguage");
            }
            fields.optional(at + "name", row.name, MAX_NAME)
                    .ifPresent(text -> translations.add(new Translation(language, Translation.NAME, text)));
            fields.optional(at + "description", row.description, MAX_TEXT)
                    .ifPresent(text -> translations.add(new Translation(language, Translation.DESCRIPTION, text)));
            if (EntryDraft.blank(row.name, row.description)) {
                fields.problem(at + "name", "translationEmpty");
            }
        }
        return translations;
    }
}
