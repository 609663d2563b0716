package de.lotse.directory.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import de.lotse.directory.DirectoryEntries;
import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.DirectoryEntry.Schedule;
import de.lotse.directory.DirectoryEntry.Schedule.Kind;

/**
 * The flat open-data file: one row per service at a location (a service without a location gets one row with the
 * location columns empty). The columns are documented in the README in German and English; the import reads the same
 * format. Lists within a cell are separated by "; ", hours are written "MO 09:00-13:00", optionally followed by their
 * validity "(2026-01-01/2026-06-30)".
 */
final class ServicesCsv {

    static final List<String> COLUMNS = List.of("service_id", "service_name", "service_description",
            "service_easy_description", "service_url", "service_email", "free_of_charge", "fees_description",
            "appointment", "phone_advice", "video_advice", "languages", "taxonomy_terms", "phones", "phone_hours",
            "assured_date", "sample", "organization_id", "organization_name", "organization_alternate_name",
            "organization_description", "organization_provider", "organization_email", "organization_website",
            "location_id", "location_name", "address_1", "postal_code", "city", "district", "latitude", "longitude",
            "transportation", "accessibility", "opening_hours");

    /** Columns that describe the service (and must agree on every row of one service). */
    static final List<String> SERVICE_COLUMNS = COLUMNS.subList(0, COLUMNS.indexOf("organization_id") + 1);
    static final List<String> ORGANIZATION_COLUMNS = COLUMNS.subList(COLUMNS.indexOf("organization_id"),
            COLUMNS.indexOf("location_id"));
    static final List<String> LOCATION_COLUMNS = COLUMNS.subList(COLUMNS.indexOf("location_id"),
            COLUMNS.indexOf("opening_hours"));

    static final String SEPARATOR = "; ";

    private ServicesCsv() {
    }

    static String write(List<DirectoryEntry> entries) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS);
        for (DirectoryEntry entry : entries) {
            List<DirectoryEntry.Location> locations = HsdsMapping.sortedLocations(entry);
            if (locations.isEmpty()) {
                rows.add(row(entry, Optional.empty()));
            }
            locations.forEach(location -> rows.add(row(entry, Optional.of(location))));
        }
        return Csv.write(rows);
    }

    private static List<String> row(DirectoryEntry entry, Optional<DirectoryEntry.Location> at) {
        DirectoryEntry.Service service = entry.service();
        DirectoryEntry.Organization organization = entry.organization();
        List<String> row = new ArrayList<>(List.of(service.id().toString(), service.name(), service.description(),
                text(service.easyDescription()), text(service.website()), text(service.email()),
                String.valueOf(service.freeOfCharge()), text(service.feesDescription()), service.appointment().name(),
                String.valueOf(service.phoneAdvice()), String.valueOf(service.videoAdvice()),
                String.join(SEPARATOR, entry.languages()), String.join(SEPARATOR, entry.topics()),
                entry.phones().stream().map(ServicesCsv::phone).collect(Collectors.joining(SEPARATOR)),
                hours(entry.schedules(), schedule -> schedule.kind() == Kind.PHONE),
                service.verifiedAt().map(LocalDate::toString).orElse(""), String.valueOf(organization.sample()),
                organization.id().toString(), organization.name(), text(organization.alternateName()),
                organization.description(), text(organization.provider()), text(organization.email()),
                text(organization.website())));
        if (at.isPresent()) {
            DirectoryEntry.Location location = at.get();
            UUID here = location.id();
            row.addAll(List.of(here.toString(), location.name(), location.address(), location.postalCode(),
                    location.city(), Districts.name(location.district()), String.valueOf(location.latitude()),
                    String.valueOf(location.longitude()), text(location.transportation()),
                    location.accessibility().stream().sorted().map(Enum::name).collect(Collectors.joining(SEPARATOR)),
                    hours(entry.schedules(), schedule -> schedule.kind() == Kind.OPENING
                            && schedule.locationId().map(here::equals).orElse(true))));
        } else {
            row.addAll(java.util.Collections.nCopies(LOCATION_COLUMNS.size(), ""));
            row.add(hours(entry.schedules(), schedule -> schedule.kind() == Kind.OPENING));
        }
        return row;
    }

    private static String phone(DirectoryEntry.Phone phone) {
        return phone.number() + phone.description().map(description -> " (" + description + ")").orElse("");
    }

    static String hours(List<Schedule> schedules, java.util.function.Predicate<Schedule> which) {
        return schedules.stream().filter(which)
                .sorted(Comparator.comparing(Schedule::day).thenComparing(Schedule::opensAt)
                        .thenComparing(Schedule::closesAt))
                .map(ServicesCsv::hours).distinct().collect(Collectors.joining(SEPARATOR));
    }

    private static String hours(Schedule schedule) {
        String hours = DirectoryEntries.hsds(schedule.day()) + " " + HsdsMapping.time(schedule.opensAt()) + "-"
                + HsdsMapping.time(schedule.closesAt());
        if (schedule.validFrom().isPresent() || schedule.validTo().isPresent()) {
            hours += " (" + schedule.validFrom().map(LocalDate::toString).orElse("") + "/"
                    + schedule.validTo().map(LocalDate::toString).orElse("") + ")";
        }
        return hours;
    }

    private static String text(Optional<String> value) {
        return value.orElse("");
    }
}
