package de.lotse.directory.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.lotse.directory.Appointment;
import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.DirectoryEntry.Schedule;
import de.lotse.directory.ServiceStatus;

/**
 * Reads the CSV the export writes (columns by name, in any order). A service spans as many rows as it has locations;
 * its columns must say the same on each of them, as must an organization's and a location's.
 */
final class CsvImport {

    static final List<String> REQUIRED_COLUMNS = List.of("service_id", "service_name", "service_description",
            "organization_id", "organization_name", "organization_description");
    private static final Pattern PHONE = Pattern.compile("(.+?)(?: \\((.*)\\))?");

    private CsvImport() {
    }

    /** A service as its first row gave it, and the locations its rows add. */
    private static final class Gathered {
        final DirectoryEntry first;
        final List<DirectoryEntry.Location> locations = new ArrayList<>();
        final List<Schedule> schedules = new ArrayList<>();

        Gathered(DirectoryEntry first) {
            this.first = first;
        }
    }

    static ImportBatch.Read read(String text, Set<String> topics) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Csv.Row> rows;
        try {
            rows = Csv.read(text);
        } catch (Csv.Malformed malformed) {
            new ImportFields(problems, malformed.line(), "").problem("", "malformedCsv", malformed.line());
            return new ImportBatch.Read(null, problems);
        }
        if (rows.size() < 2) {
            new ImportFields(problems, 1, "").problem("", "empty");
            return new ImportBatch.Read(null, problems);
        }
        Map<String, Integer> header = new HashMap<>();
        List<String> names = rows.get(0).fields();
        for (int i = 0; i < names.size(); i++) {
            header.put(names.get(i).strip(), i);
        }
        for (String column : REQUIRED_COLUMNS) {
            if (!header.containsKey(column)) {
                new ImportFields(problems, 1, "").problem(column, "column", column);
            }
        }
        if (!problems.isEmpty()) {
            return new ImportBatch.Read(null, problems);
        }
        Map<UUID, Gathered> services = new LinkedHashMap<>();
        Map<UUID, UUID> locationOrganizations = new HashMap<>();
        Map<String, Integer> firstLines = new HashMap<>();
        Map<String, List<String>> seen = new HashMap<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            ImportFields fields = new ImportFields(problems, row.line(), "");
            if (row.fields().size() != names.size()) {
                fields.problem("", "columnCount", row.fields().size(), names.size());
                continue;
            }
            java.util.function.Function<String, String> cell = column -> header.containsKey(column)
                    ? row.fields().get(header.get(column)) : "";
            UUID serviceId = fields.uuid("service_id", cell.apply("service_id"));
            UUID organizationId = fields.uuid("organization_id", cell.apply("organization_id"));
            Optional<UUID> locationId = fields.optionalUuid("location_id", cell.apply("location_id"));
            if (serviceId == null || organizationId == null) {
                continue;
            }
            boolean same = agrees(fields, "service_id", "service:" + serviceId, ServicesCsv.SERVICE_COLUMNS, cell,
                    row.line(), firstLines, seen)
                    & agrees(fields, "organization_id", "organization:" + organizationId,
                            ServicesCsv.ORGANIZATION_COLUMNS, cell, row.line(), firstLines, seen);
            if (locationId.isPresent()) {
                same &= agrees(fields, "location_id", "location:" + locationId.get(), ServicesCsv.LOCATION_COLUMNS,
                        cell, row.line(), firstLines, seen);
                String pair = "pair:" + serviceId + "/" + locationId.get();
                if (firstLines.containsKey(pair)) {
                    fields.problem("location_id", "duplicate", firstLines.get(pair));
                    continue;
                }
                firstLines.put(pair, row.line());
            }
            Gathered gathered = services.get(serviceId);
            if (gathered == null) {
                DirectoryEntry entry = entry(fields, serviceId, organizationId, cell, topics);
                gathered = new Gathered(entry);
                gathered.schedules.addAll(fields.hours("phone_hours", cell.apply("phone_hours"), Schedule.Kind.PHONE,
                        Optional.empty()));
                services.put(serviceId, gathered);
            }
            if (!same) {
                continue;
            }
            if (locationId.isPresent()) {
                UUID here = locationId.get();
                gathered.locations.add(location(fields, here, cell));
                locationOrganizations.putIfAbsent(here, organizationId);
            }
            gathered.schedules.addAll(fields.hours("opening_hours", cell.apply("opening_hours"), Schedule.Kind.OPENING,
                    locationId));
        }
        List<DirectoryEntry> entries = services.values().stream().map(g -> new DirectoryEntry(g.first.service(),
                g.first.organization(), List.copyOf(g.locations), List.copyOf(g.schedules), List.of(),
                g.first.languages(), g.first.topics(), g.first.phones())).toList();
        return new ImportBatch.Read(new ImportBatch(entries, locationOrganizations), problems);
    }

    /** Whether this row's cells for a service, organization or location say what its first row said. */
    private static boolean agrees(ImportFields fields, String idColumn, String key, List<String> columns,
            java.util.function.Function<String, String> cell, int line, Map<String, Integer> firstLines,
            Map<String, List<String>> seen) {
        List<String> cells = columns.stream().map(cell).map(String::strip).toList();
        List<String> earlier = seen.putIfAbsent(key, cells);
        if (earlier == null) {
            firstLines.put(key, line);
            return true;
        }
        if (!earlier.equals(cells)) {
            fields.problem(idColumn, "conflict", firstLines.get(key));
            return false;
        }
        return true;
    }

    private static DirectoryEntry entry(ImportFields fields, UUID serviceId, UUID organizationId,
            java.util.function.Function<String, String> cell, Set<String> topics) {
        DirectoryEntry.Service service = new DirectoryEntry.Service(serviceId, organizationId,
                fields.required("service_name", cell.apply("service_name")),
                fields.required("service_description", cell.apply("service_description")),
                fields.optional(cell.apply("service_easy_description")), ServiceStatus.IN_REVIEW,
                fields.bool("free_of_charge", cell.apply("free_of_charge"), true),
                fields.optional(cell.apply("fees_description")),
                fields.oneOf("appointment", cell.apply("appointment"), Appointment.class, Appointment.REQUIRED),
                fields.bool("phone_advice", cell.apply("phone_advice"), false),
                fields.bool("video_advice", cell.apply("video_advice"), false),
                fields.email("service_email", cell.apply("service_email")),
                fields.url("service_url", cell.apply("service_url")),
                fields.date("assured_date", cell.apply("assured_date")));
        DirectoryEntry.Organization organization = new DirectoryEntry.Organization(organizationId,
                fields.required("organization_name", cell.apply("organization_name")),
                fields.optional(cell.apply("organization_alternate_name")),
                fields.required("organization_description", cell.apply("organization_description")),
                fields.optional(cell.apply("organization_provider")),
                fields.email("organization_email", cell.apply("organization_email")),
                fields.url("organization_website", cell.apply("organization_website")),
                fields.bool("sample", cell.apply("sample"), false));
        List<DirectoryEntry.Phone> phones = new ArrayList<>();
        for (String typed : ImportFields.list(cell.apply("phones"))) {
            Matcher phone = PHONE.matcher(typed);
            if (phone.matches()) {
                phones.add(new DirectoryEntry.Phone(phone.group(1).strip(), Optional.ofNullable(phone.group(2))));
            }
        }
        return new DirectoryEntry(service, organization, List.of(), List.of(), List.of(),
                fields.languages("languages", ImportFields.list(cell.apply("languages"))),
                fields.topics("taxonomy_terms", ImportFields.list(cell.apply("taxonomy_terms")), topics), phones);
    }

    private static DirectoryEntry.Location location(ImportFields fields, UUID id,
            java.util.function.Function<String, String> cell) {
        return new DirectoryEntry.Location(id, fields.required("location_name", cell.apply("location_name")),
                fields.required("address_1", cell.apply("address_1")),
                fields.postcode("postal_code", cell.apply("postal_code")),
                fields.optional(cell.apply("city")).orElse("Hamburg"),
                fields.district("district", cell.apply("district")),
                fields.coordinate("latitude", cell.apply("latitude"), -90, 90),
                fields.coordinate("longitude", cell.apply("longitude"), -180, 180),
                fields.optional(cell.apply("transportation")),
                fields.accessibility("accessibility", ImportFields.list(cell.apply("accessibility"))));
    }
}
