package de.lotse.directory.api;

import de.lotse.directory.DirectoryEntries;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.lotse.directory.Appointment;
import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.Translation;
import de.lotse.directory.DirectoryEntry.Schedule;
import de.lotse.directory.ServiceStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads HSDS 3.0 JSON as the export writes it: {@code organizations}, {@code locations} and {@code services} that
 * refer to them by id. An organization nested in a service, or a location nested in a service_at_location, is read
 * too, so fully nested services from another HSDS API can be imported as well.
 */
final class HsdsJsonImport {

    /** A language code as the editors' form takes it; German is the entry itself, not a translation. */
    private static final java.util.regex.Pattern TRANSLATION_LANGUAGE = java.util.regex.Pattern.compile(
            "[a-z]{2,3}(-[A-Za-z]{2,4})?");

    private final ObjectMapper json;
    private final Map<String, Topics.Topic> topics;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<UUID, DirectoryEntry.Organization> organizations = new LinkedHashMap<>();
    private final Map<UUID, DirectoryEntry.Location> locations = new LinkedHashMap<>();
    private final Map<UUID, UUID> locationOrganizations = new HashMap<>();
    private final Map<UUID, List<Translation>> translations = new HashMap<>();

    HsdsJsonImport(ObjectMapper json, Map<String, Topics.Topic> topics) {
        this.json = json;
        this.topics = topics;
    }

    ImportBatch.Read read(String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JacksonException notJson) {
            int line = notJson.getLocation() == null ? 0 : notJson.getLocation().getLineNr();
            new ImportFields(problems, 0, "").problem("", "malformedJson", line);
            return new ImportBatch.Read(null, problems);
        }
        ImportFields top = new ImportFields(problems, 0, "");
        if (root == null || !root.isObject()) {
            top.problem("", "notDataset");
            return new ImportBatch.Read(null, problems);
        }
        array(root, "organizations", top).forEach((path, node) -> organization(node, top.at(path)));
        array(root, "locations", top).forEach((path, node) -> location(node, top.at(path), Optional.empty()));
        Map<String, JsonNode> services = array(root, "services", top);
        if (services.isEmpty() && problems.isEmpty()) {
            top.problem("services", "empty");
        }
        List<DirectoryEntry> entries = new ArrayList<>();
        Set<UUID> serviceIds = new java.util.HashSet<>();
        services.forEach((path, node) -> {
            DirectoryEntry entry = service(node, top.at(path));
            if (entry != null && !serviceIds.add(entry.service().id())) {
                top.at(path).problem("id", "duplicateId");
            }
            if (entry != null) {
                entries.add(entry);
            }
        });
        return new ImportBatch.Read(new ImportBatch(entries, locationOrganizations, translations), problems);
    }

    /** The elements of an array field, by their path ("services[3]"); a missing field is an empty array. */
    private static Map<String, JsonNode> array(JsonNode parent, String field, ImportFields fields) {
        Map<String, JsonNode> elements = new LinkedHashMap<>();
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return elements;
        }
        if (!node.isArray()) {
            fields.problem(field, "notList");
            return elements;
        }
        for (int i = 0; i < node.size(); i++) {
            if (node.get(i).isObject()) {
                elements.put(field + "[" + i + "]", node.get(i));
            } else {
                fields.problem(field + "[" + i + "]", "notObject");
            }
        }
        return elements;
    }

    private static String text(JsonNode node, String field, ImportFields fields) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            fields.problem(field, "notText");
            return null;
        }
        return value.asString();
    }

    private UUID organization(JsonNode node, ImportFields fields) {
        UUID id = fields.uuid("id", text(node, "id", fields));
        boolean sample = false;
        for (JsonNode attribute : array(node, "attributes", fields).values()) {
            sample |= sampleFlag(attribute);
        }
        DirectoryEntry.Organization organization = new DirectoryEntry.Organization(id,
                fields.required("name", text(node, "name", fields)),
                fields.optional(text(node, "alternate_name", fields)),
                fields.required("description", text(node, "description", fields)),
                fields.optional(text(node, "x_provider", fields)), fields.email("email", text(node, "email", fields)),
                fields.url("website", text(node, "website", fields)), sample);
        if (id != null) {
            DirectoryEntry.Organization earlier = organizations.putIfAbsent(id, organization);
            if (earlier != null && !earlier.equals(organization)) {
                fields.problem("id", "conflictJson");
            }
        }
        return id;
    }

    private static boolean sampleFlag(JsonNode attribute) {
        JsonNode term = attribute.path("taxonomy_term");
        return Topics.sampleTermId().toString().equalsIgnoreCase(attribute.path("taxonomy_term_id").asString(""))
                || (Topics.SAMPLE.equals(term.path("code").asString("")) && Topics.FLAGS.equals(term.path("taxonomy")
                        .asString("")));
    }

    private UUID location(JsonNode node, ImportFields fields, Optional<UUID> organizationOfService) {
        UUID id = fields.uuid("id", text(node, "id", fields));
        Optional<UUID> organization = fields.optionalUuid("organization_id", text(node, "organization_id", fields))
                .or(() -> organizationOfService);
        Map<String, JsonNode> addresses = array(node, "addresses", fields);
        if (addresses.isEmpty()) {
            fields.problem("addresses", "required");
            return id;
        }
        String addressPath = addresses.keySet().iterator().next();
        JsonNode address = addresses.get(addressPath);
        ImportFields at = fields.at(addressPath);
        List<String> features = new ArrayList<>();
        array(node, "accessibility", fields).values().forEach(feature -> features.add(feature.path("description")
                .asString("")));
        DirectoryEntry.Location location = new DirectoryEntry.Location(id, fields.required("name", text(node, "name",
                fields)), at.required("address_1", text(address, "address_1", at)),
                at.postcode("postal_code", text(address, "postal_code", at)),
                at.optional(text(address, "city", at)).orElse("Hamburg"),
                at.district("region", text(address, "region", at)),
                fields.coordinate("latitude", text(node, "latitude", fields), -90, 90),
                fields.coordinate("longitude", text(node, "longitude", fields), -180, 180),
                fields.optional(text(node, "transportation", fields)),
                fields.accessibility("accessibility", features));
        if (id != null) {
            DirectoryEntry.Location earlier = locations.putIfAbsent(id, location);
            if (earlier != null && !earlier.equals(location)) {
                fields.problem("id", "conflictJson");
            }
            organization.ifPresent(owner -> locationOrganizations.putIfAbsent(id, owner));
        }
        return id;
    }

    private DirectoryEntry service(JsonNode node, ImportFields fields) {
        UUID id = fields.uuid("id", text(node, "id", fields));
        UUID organizationId;
        JsonNode nested = node.get("organization");
        if (nested != null && nested.isObject()) {
            organizationId = organization(nested, fields.at("organization"));
        } else {
            organizationId = fields.uuid("organization_id", text(node, "organization_id", fields));
            if (organizationId != null && !organizations.containsKey(organizationId)) {
                fields.problem("organization_id", "unknownReference", organizationId);
            }
        }
        DirectoryEntry.Service service = new DirectoryEntry.Service(id, organizationId,
                fields.required("name", text(node, "name", fields)),
                fields.required("description", text(node, "description", fields)),
                fields.optional(text(node, "x_easy_description", fields)), ServiceStatus.IN_REVIEW,
                fields.bool("x_free_of_charge", text(node, "x_free_of_charge", fields), true),
                fields.optional(text(node, "fees_description", fields)),
                fields.oneOf("x_appointment", text(node, "x_appointment", fields), Appointment.class,
                        Appointment.REQUIRED),
                fields.bool("x_phone_advice", text(node, "x_phone_advice", fields), false),
                fields.bool("x_video_advice", text(node, "x_video_advice", fields), false),
                fields.email("email", text(node, "email", fields)), fields.url("url", text(node, "url", fields)),
                fields.date("assured_date", text(node, "assured_date", fields)));
        List<DirectoryEntry.Location> at = new ArrayList<>();
        array(node, "service_at_locations", fields).forEach((path, link) -> {
            ImportFields linkFields = fields.at(path);
            JsonNode location = link.get("location");
            UUID locationId = location != null && location.isObject()
                    ? location(location, linkFields.at("location"), Optional.ofNullable(organizationId))
                    : linkFields.uuid("location_id", text(link, "location_id", linkFields));
            if (locationId != null && !locations.containsKey(locationId)) {
                linkFields.problem("location_id", "unknownReference", locationId);
            } else if (locationId != null && at.stream().noneMatch(l -> l.id().equals(locationId))) {
                at.add(locations.get(locationId));
            }
        });
        Set<UUID> here = new java.util.HashSet<>(at.stream().map(DirectoryEntry.Location::id).toList());
        List<Schedule> schedules = new ArrayList<>();
        List<DirectoryEntry.ScheduleException> exceptions = new ArrayList<>();
        array(node, "schedules", fields).forEach((path, schedule) -> schedule(schedule, fields.at(path), here,
                schedules, exceptions));
        Set<String> languages = new LinkedHashSet<>();
        array(node, "languages", fields).forEach((path, language) -> languages.addAll(fields.at(path)
                .languages("code", List.of(fields.at(path).required("code", text(language, "code", fields.at(path)))))));
        List<DirectoryEntry.Phone> phones = new ArrayList<>();
        array(node, "phones", fields).forEach((path, phone) -> {
            ImportFields phoneFields = fields.at(path);
            phones.add(new DirectoryEntry.Phone(phoneFields.required("number", text(phone, "number", phoneFields)),
                    phoneFields.optional(text(phone, "description", phoneFields))));
        });
        Set<String> topicCodes = new LinkedHashSet<>();
        array(node, "attributes", fields).forEach((path, attribute) -> {
            if (sampleFlag(attribute)) {
                return;
            }
            String code = attribute.path("taxonomy_term").path("code").asString("");
            String termId = attribute.path("taxonomy_term_id").asString("");
            Optional<Topics.Topic> topic = topics.values().stream().filter(t -> t.code().equals(code)
                    || t.id().toString().equalsIgnoreCase(termId)).findFirst();
            if (topic.isPresent()) {
                topicCodes.add(topic.get().code());
            } else {
                fields.at(path).problem("taxonomy_term", "topic", code.isEmpty() ? termId : code,
                        String.join(", ", topics.keySet().stream().sorted().toList()));
            }
        });
        if (node.has("x_translations") && id != null) {
            translations.put(id, translations(node, fields));
        }
        return new DirectoryEntry(service, organizations.get(organizationId), at, schedules, exceptions, languages,
                topicCodes, phones);
    }

    /** The service's name and description in other languages, as the API writes them ({@code x_translations}). */
    private static List<Translation> translations(JsonNode service, ImportFields fields) {
        List<Translation> read = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        array(service, "x_translations", fields).forEach((path, node) -> {
            ImportFields at = fields.at(path);
            String language = at.required("language", text(node, "language", at));
            String field = at.required("field", text(node, "field", at));
            String translated = at.required("text", text(node, "text", at));
            if (!language.isEmpty() && (!TRANSLATION_LANGUAGE.matcher(language).matches() || language.equals("de"))) {
                at.problem("language", "translationLanguage", language);
            } else if (!field.isEmpty() && !Translation.NAME.equals(field) && !Translation.DESCRIPTION.equals(field)) {
                at.problem("field", "oneOf", Translation.NAME + ", " + Translation.DESCRIPTION);
            } else if (!language.isEmpty() && !field.isEmpty() && !seen.add(language + "/" + field)) {
                at.problem("field", "duplicateTranslation", language, field);
            } else if (!translated.isEmpty()) {
                read.add(new Translation(language, field, translated));
            }
        });
        return read;
    }

    /** A weekly schedule (one per day of byday), or a single day that differs (no freq, valid_from = valid_to). */
    private static void schedule(JsonNode node, ImportFields fields, Set<UUID> locations, List<Schedule> schedules,
            List<DirectoryEntry.ScheduleException> exceptions) {
        String freq = fields.optional(text(node, "freq", fields)).orElse("");
        Optional<LocalTime> opens = fields.time("opens_at", text(node, "opens_at", fields));
        Optional<LocalTime> closes = fields.time("closes_at", text(node, "closes_at", fields));
        Optional<LocalDate> from = fields.date("valid_from", text(node, "valid_from", fields));
        Optional<LocalDate> to = fields.date("valid_to", text(node, "valid_to", fields));
        Optional<String> notes = fields.optional(text(node, "notes", fields));
        if (freq.isEmpty() && from.isPresent() && from.equals(to)) {
            if (opens.isPresent() != closes.isPresent()) {
                fields.problem(opens.isPresent() ? "closes_at" : "opens_at", "required");
            }
            if (exceptions.stream().anyMatch(earlier -> earlier.day().equals(from.get()))) {
                fields.problem("valid_from", "duplicateDay", from.get());
                return;
            }
            exceptions.add(new DirectoryEntry.ScheduleException(from.get(), opens.isEmpty(), opens, closes, notes));
            return;
        }
        if (!"WEEKLY".equalsIgnoreCase(freq)) {
            fields.problem("freq", "weeklyOnly");
            return;
        }
        if (opens.isEmpty() || closes.isEmpty()) {
            fields.problem(opens.isEmpty() ? "opens_at" : "closes_at", "required");
            return;
        }
        if (opens.equals(closes)) {
            fields.problem("closes_at", "sameTimes", opens.get());
            return;
        }
        Optional<UUID> location = fields.optionalUuid("location_id", text(node, "location_id", fields));
        if (location.isPresent() && !locations.contains(location.get())) {
            fields.problem("location_id", "unknownReference", location.get());
        }
        Schedule.Kind kind = HsdsMapping.PHONE.equals(text(node, "attending_type", fields)) ? Schedule.Kind.PHONE
                : Schedule.Kind.OPENING;
        List<String> days = ImportFields.list(fields.required("byday", text(node, "byday", fields)).replace(',', ';'));
        Optional<UUID> given = fields.optionalUuid("id", text(node, "id", fields));
        for (String day : days) {
            try {
                UUID id = days.size() == 1 && given.isPresent() ? given.get() : UUID.randomUUID();
                schedules.add(new Schedule(id, location, kind, DirectoryEntries.day(day.toUpperCase(java.util.Locale.ROOT)),
                        opens.get(), closes.get(), from, to, notes));
            } catch (IllegalArgumentException notADay) {
                fields.problem("byday", "byday", day);
            }
        }
    }
}
