package de.lotse.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.lotse.directory.DirectoryEntry.Location;
import de.lotse.directory.DirectoryEntry.Organization;
import de.lotse.directory.DirectoryEntry.Phone;
import de.lotse.directory.DirectoryEntry.Schedule;
import de.lotse.directory.DirectoryEntry.ScheduleException;
import de.lotse.directory.DirectoryEntry.Service;

/**
 * Reads directory entries with all their relations, in a fixed number of queries however many entries there are
 * (one per table, not one per entry).
 */
@Repository
public class DirectoryEntries {

    private final JdbcClient jdbc;

    DirectoryEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every published service, in name order. */
    public List<DirectoryEntry> published() {
        return assemble(jdbc.sql("SELECT * FROM directory_service WHERE status = 'PUBLISHED' ORDER BY name, id")
                .query(DirectoryEntries::service).list());
    }

    /** One service, published or not (the caller decides who may see an unpublished one). */
    public Optional<DirectoryEntry> byId(UUID service) {
        return assemble(jdbc.sql("SELECT * FROM directory_service WHERE id = ?").param(service)
                .query(DirectoryEntries::service).list()).stream().findFirst();
    }

    /** The services of these organizations, whatever their status, in name order (for their editors). */
    public List<DirectoryEntry> ofOrganizations(Collection<UUID> organizations) {
        if (organizations.isEmpty()) {
            return List.of();
        }
        return assemble(jdbc.sql("SELECT * FROM directory_service WHERE organization_id IN (:ids) ORDER BY name, id")
                .param("ids", organizations).query(DirectoryEntries::service).list());
    }

    /** An organization by its id, for a new service of it. */
    public Optional<Organization> organization(UUID id) {
        return jdbc.sql("SELECT * FROM directory_organization WHERE id = ?").param(id)
                .query(DirectoryEntries::organization).optional();
    }

    /** A Jobcenter's organizations (sample ones too), in name order. */
    public List<Organization> organizationsOf(UUID jobcenter) {
        return jdbc.sql("SELECT * FROM directory_organization WHERE jobcenter_id = ? ORDER BY name").param(jobcenter)
                .query(DirectoryEntries::organization).list();
    }

    /** The Jobcenter an organization's entries belong to. */
    public Optional<UUID> jobcenterOf(UUID organization) {
        return jdbc.sql("SELECT jobcenter_id FROM directory_organization WHERE id = ?").param(organization)
                .query(UUID.class).optional();
    }

    private List<DirectoryEntry> assemble(List<Service> services) {
        if (services.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = services.stream().map(Service::id).toList();
        Set<UUID> organizationIds = new LinkedHashSet<>(services.stream().map(Service::organizationId).toList());
        Map<UUID, Organization> organizations = new HashMap<>();
        jdbc.sql("SELECT * FROM directory_organization WHERE id IN (:ids)").param("ids", organizationIds)
                .query(DirectoryEntries::organization).list().forEach(found -> organizations.put(found.id(), found));
        Map<UUID, List<UUID>> locationsOf = group(jdbc.sql(
                "SELECT service_id, location_id FROM directory_service_at_location WHERE service_id IN (:ids)")
                .param("ids", ids).query((rs, row) -> Map.entry(rs.getObject("service_id", UUID.class),
                        rs.getObject("location_id", UUID.class))).list());
        Set<UUID> locationIds = new LinkedHashSet<>();
        locationsOf.values().forEach(locationIds::addAll);
        Map<UUID, Set<Accessibility>> features = new HashMap<>();
        Map<UUID, Location> locations = new HashMap<>();
        if (!locationIds.isEmpty()) {
            jdbc.sql("SELECT location_id, feature FROM directory_accessibility WHERE location_id IN (:ids)")
                    .param("ids", locationIds)
                    .query((rs, row) -> Map.entry(rs.getObject("location_id", UUID.class),
                            Accessibility.valueOf(rs.getString("feature")))).list()
                    .forEach(feature -> features.computeIfAbsent(feature.getKey(),
                            key -> EnumSet.noneOf(Accessibility.class)).add(feature.getValue()));
            jdbc.sql("SELECT * FROM directory_location WHERE id IN (:ids)").param("ids", locationIds)
                    .query((rs, row) -> location(rs, features)).list().forEach(found -> locations.put(found.id(), found));
        }
        Map<UUID, List<Schedule>> schedules = group(jdbc.sql(
                "SELECT * FROM directory_schedule WHERE service_id IN (:ids) ORDER BY by_day, opens_at").param("ids", ids)
                .query((rs, row) -> Map.entry(rs.getObject("service_id", UUID.class), schedule(rs))).list());
        Map<UUID, List<ScheduleException>> exceptions = group(jdbc.sql(
                "SELECT * FROM directory_schedule_exception WHERE service_id IN (:ids) ORDER BY day").param("ids", ids)
                .query((rs, row) -> Map.entry(rs.getObject("service_id", UUID.class), exception(rs))).list());
        Map<UUID, List<String>> languages = group(jdbc.sql(
                "SELECT service_id, language FROM directory_service_language WHERE service_id IN (:ids) ORDER BY language")
                .param("ids", ids).query((rs, row) -> Map.entry(rs.getObject("service_id", UUID.class),
                        rs.getString("language"))).list());
        Map<UUID, List<String>> topics = group(jdbc.sql("""
                SELECT t.service_id, t.term FROM directory_service_taxonomy t
                  JOIN directory_taxonomy_term term ON term.code = t.term
                 WHERE t.service_id IN (:ids) ORDER BY term.position""")
                .param("ids", ids).query((rs, row) -> Map.entry(rs.getObject("service_id", UUID.class),
                        rs.getString("term"))).list());
        Map<UUID, List<Phone>> phones = group(jdbc.sql(
                "SELECT service_id, number, description FROM directory_phone WHERE service_id IN (:ids) ORDER BY number")
                .param("ids", ids).query((rs, row) -> Map.entry(rs.getObject("service_id", UUID.class),
                        new Phone(rs.getString("number"), Optional.ofNullable(rs.getString("description"))))).list());
        List<DirectoryEntry> entries = new ArrayList<>(services.size());
        for (Service service : services) {
            entries.add(new DirectoryEntry(service, organizations.get(service.organizationId()),
                    locationsOf.getOrDefault(service.id(), List.of()).stream().map(locations::get).toList(),
                    schedules.getOrDefault(service.id(), List.of()), exceptions.getOrDefault(service.id(), List.of()),
                    new LinkedHashSet<>(languages.getOrDefault(service.id(), List.of())),
                    new LinkedHashSet<>(topics.getOrDefault(service.id(), List.of())),
                    phones.getOrDefault(service.id(), List.of())));
        }
        return entries;
    }

    private static <V> Map<UUID, List<V>> group(Collection<Map.Entry<UUID, V>> pairs) {
        Map<UUID, List<V>> grouped = new HashMap<>();
        pairs.forEach(pair -> grouped.computeIfAbsent(pair.getKey(), key -> new ArrayList<>()).add(pair.getValue()));
        return grouped;
    }

    private static Service service(ResultSet rs, int row) throws SQLException {
        return new Service(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
                rs.getString("name"), rs.getString("description"), Optional.ofNullable(rs.getString("easy_description")),
                ServiceStatus.valueOf(rs.getString("status")), rs.getBoolean("free_of_charge"),
                Optional.ofNullable(rs.getString("fees_description")), Appointment.valueOf(rs.getString("appointment")),
                rs.getBoolean("phone_advice"), rs.getBoolean("video_advice"), Optional.ofNullable(rs.getString("email")),
                Optional.ofNullable(rs.getString("website")),
                Optional.ofNullable(rs.getObject("verified_at", LocalDate.class)));
    }

    private static Organization organization(ResultSet rs, int row) throws SQLException {
        return new Organization(rs.getObject("id", UUID.class), rs.getString("name"),
                Optional.ofNullable(rs.getString("alternate_name")), rs.getString("description"),
                Optional.ofNullable(rs.getString("provider")), Optional.ofNullable(rs.getString("email")),
                Optional.ofNullable(rs.getString("website")), rs.getBoolean("sample"));
    }

    private static Location location(ResultSet rs, Map<UUID, Set<Accessibility>> features) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Location(id, rs.getString("name"), rs.getString("address_1"), rs.getString("postal_code"),
                rs.getString("city"), District.valueOf(rs.getString("district")), rs.getDouble("latitude"),
                rs.getDouble("longitude"), Optional.ofNullable(rs.getString("transportation")),
                Set.copyOf(features.getOrDefault(id, EnumSet.noneOf(Accessibility.class))));
    }

    private static Schedule schedule(ResultSet rs) throws SQLException {
        return new Schedule(rs.getObject("id", UUID.class),
                Optional.ofNullable(rs.getObject("location_id", UUID.class)),
                Schedule.Kind.valueOf(rs.getString("kind")), day(rs.getString("by_day")),
                rs.getTime("opens_at").toLocalTime(), rs.getTime("closes_at").toLocalTime(),
                Optional.ofNullable(rs.getObject("valid_from", LocalDate.class)),
                Optional.ofNullable(rs.getObject("valid_to", LocalDate.class)), Optional.ofNullable(rs.getString("notes")));
    }

    private static ScheduleException exception(ResultSet rs) throws SQLException {
        return new ScheduleException(rs.getObject("day", LocalDate.class), rs.getBoolean("closed"),
                Optional.ofNullable(rs.getTime("opens_at")).map(Time::toLocalTime),
                Optional.ofNullable(rs.getTime("closes_at")).map(Time::toLocalTime), Optional.ofNullable(rs.getString("notes")));
    }

    /** HSDS's two-letter weekday (MO … SU). */
    public static DayOfWeek day(String hsds) {
        return switch (hsds) {
            case "MO" -> DayOfWeek.MONDAY;
            case "TU" -> DayOfWeek.TUESDAY;
            case "WE" -> DayOfWeek.WEDNESDAY;
            case "TH" -> DayOfWeek.THURSDAY;
            case "FR" -> DayOfWeek.FRIDAY;
            case "SA" -> DayOfWeek.SATURDAY;
            case "SU" -> DayOfWeek.SUNDAY;
            default -> throw new IllegalArgumentException("Not an HSDS weekday: " + hsds);
        };
    }

    /** The same, the other way. */
    public static String hsds(DayOfWeek day) {
        return day.name().substring(0, 2);
    }
}
