package de.lotse.directory.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import de.lotse.directory.DirectoryEntries;
import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.Translation;

/**
 * Two versions of an entry field by field, for the coordinator's review and the entry's history: each field as one
 * text (relations one line each), and which of them differ.
 */
public final class EntryDiff {

    /**
     * One field of the entry before and after; the key names it ({@code partner.directory.field.<key>}).
     *
     * @param valuePrefix a message key prefix when the values are codes to be worded (yes/no, appointment), else null
     */
    public record Field(String key, String before, String after, String valuePrefix) {
        public boolean changed() {
            return !before.equals(after);
        }
    }

    private EntryDiff() {
    }

    /** All fields of the two versions; a version that is missing (a new entry, a withdrawal) reads empty. */
    public static List<Field> between(Optional<Proposal> before, Optional<Proposal> after) {
        Map<String, String> old = before.map(EntryDiff::fields).orElse(Map.of());
        Map<String, String> now = after.map(EntryDiff::fields).orElse(Map.of());
        List<Field> fields = new ArrayList<>();
        Map<String, String> keys = new LinkedHashMap<>(old.isEmpty() ? now : old);
        now.keySet().forEach(key -> keys.putIfAbsent(key, ""));
        for (String key : keys.keySet()) {
            fields.add(new Field(key, old.getOrDefault(key, ""), now.getOrDefault(key, ""), prefix(key)));
        }
        return fields;
    }

    /** The keys of the fields that differ. */
    public static List<String> changed(Optional<Proposal> before, Optional<Proposal> after) {
        return between(before, after).stream().filter(Field::changed).map(Field::key).toList();
    }

    /** The keys of all fields an entry is compared by, in their order. */
    public static List<String> fieldKeys() {
        return List.of("organizationName", "organizationAlternateName", "organizationDescription", "organizationProvider",
                "organizationEmail", "organizationWebsite", "name", "description", "easyDescription", "freeOfCharge",
                "feesDescription", "appointment", "phoneAdvice", "videoAdvice", "email", "website", "languages", "topics",
                "locations", "hours", "days", "phones", "translations");
    }

    private static String prefix(String key) {
        return switch (key) {
            case "freeOfCharge", "phoneAdvice", "videoAdvice" -> "partner.directory.diff.boolean.";
            case "appointment" -> "directory.appointment.";
            default -> null;
        };
    }

    static Map<String, String> fields(Proposal proposal) {
        DirectoryEntry entry = proposal.entry();
        DirectoryEntry.Organization organization = entry.organization();
        DirectoryEntry.Service service = entry.service();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("organizationName", organization.name());
        fields.put("organizationAlternateName", organization.alternateName().orElse(""));
        fields.put("organizationDescription", organization.description());
        fields.put("organizationProvider", organization.provider().orElse(""));
        fields.put("organizationEmail", organization.email().orElse(""));
        fields.put("organizationWebsite", organization.website().orElse(""));
        fields.put("name", service.name());
        fields.put("description", service.description());
        fields.put("easyDescription", service.easyDescription().orElse(""));
        fields.put("freeOfCharge", String.valueOf(service.freeOfCharge()));
        fields.put("feesDescription", service.feesDescription().orElse(""));
        fields.put("appointment", service.appointment().name());
        fields.put("phoneAdvice", String.valueOf(service.phoneAdvice()));
        fields.put("videoAdvice", String.valueOf(service.videoAdvice()));
        fields.put("email", service.email().orElse(""));
        fields.put("website", service.website().orElse(""));
        fields.put("languages", entry.languages().stream().sorted().collect(Collectors.joining(", ")));
        fields.put("topics", entry.topics().stream().sorted().collect(Collectors.joining(", ")));
        Map<UUID, String> locationNames = new LinkedHashMap<>();
        entry.locations().forEach(location -> locationNames.put(location.id(), location.name()));
        fields.put("locations", entry.locations().stream().map(location -> location.name() + ", " + location.address()
                + ", " + location.postalCode() + " " + location.city() + " (" + location.district() + ")"
                + location.transportation().map(text -> " – " + text).orElse("")
                + (location.accessibility().isEmpty() ? "" : " – " + location.accessibility().stream().map(Enum::name)
                        .sorted().collect(Collectors.joining(", "))))
                .collect(Collectors.joining("\n")));
        fields.put("hours", entry.schedules().stream().map(schedule -> schedule.kind() + " "
                + DirectoryEntries.hsds(schedule.day()) + " " + EntryValidation.time(schedule.opensAt()) + "–"
                + EntryValidation.time(schedule.closesAt())
                + schedule.locationId().map(locationNames::get).map(name -> " @ " + name).orElse("")
                + schedule.validTo().map(day -> " ≤ " + day).orElse("") + schedule.notes().map(note -> " (" + note + ")").orElse(""))
                .sorted().collect(Collectors.joining("\n")));
        fields.put("days", entry.exceptions().stream().map(day -> day.day() + " "
                + (day.closed() ? "–" : day.opensAt().map(EntryValidation::time).orElse("") + "–"
                        + day.closesAt().map(EntryValidation::time).orElse(""))
                + day.notes().map(note -> " (" + note + ")").orElse("")).sorted().collect(Collectors.joining("\n")));
        fields.put("phones", entry.phones().stream().map(phone -> phone.number()
                + phone.description().map(text -> " (" + text + ")").orElse("")).collect(Collectors.joining("\n")));
        fields.put("translations", proposal.translations().stream()
                .map(translation -> translation.language() + " " + translation.field() + ": " + translation.text())
                .sorted().collect(Collectors.joining("\n")));
        return fields;
    }

    static Optional<Proposal> live(Optional<DirectoryEntry> entry, List<Translation> translations) {
        return entry.map(found -> new Proposal(found, translations));
    }
}
