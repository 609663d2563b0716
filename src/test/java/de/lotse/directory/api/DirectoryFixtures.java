package de.lotse.directory.api;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Directory entries for tests, written straight into the tables. Every name carries a token of its own, so a test
 * finds its entries with {@code search=token} whatever else the shared database holds.
 */
final class DirectoryFixtures {

    private final JdbcClient jdbc;
    private final UUID jobcenter;
    final String token = "Zq" + UUID.randomUUID().toString().substring(0, 8);
    final List<UUID> organizations = new ArrayList<>();
    final List<UUID> locations = new ArrayList<>();
    final List<UUID> services = new ArrayList<>();

    DirectoryFixtures(JdbcClient jdbc, UUID jobcenter) {
        this.jdbc = jdbc;
        this.jobcenter = jobcenter;
    }

    UUID organization(String name, boolean sample) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.parse("2026-01-05T10:00:00Z"));
        jdbc.sql("""
                INSERT INTO directory_organization (id, jobcenter_id, name, alternate_name, description, provider, email,
                       website, sample, created_at, updated_at)
                VALUES (?, ?, ?, NULL, ?, 'Diakonie Hamburg', 'info@example.org', 'https://example.org', ?, ?, ?)""")
                .params(id, jobcenter, name + " " + token, "Beratung für alle, die Hilfe brauchen", sample, now, now)
                .update();
        organizations.add(id);
        return id;
    }

    UUID location(UUID organization, String name, String postcode, String district) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO directory_location (id, organization_id, name, address_1, postal_code, city, district,
                       latitude, longitude, transportation)
                VALUES (?, ?, ?, 'Musterstraße 1', ?, 'Hamburg', ?, 53.55, 9.99, 'S1 Altona')""")
                .params(id, organization, name, postcode, district).update();
        jdbc.sql("INSERT INTO directory_accessibility (location_id, feature) VALUES (?, 'STEP_FREE'), (?, 'LIFT')")
                .params(id, id).update();
        locations.add(id);
        return id;
    }

    UUID service(UUID organization, String name, String description, String status, List<UUID> at,
            List<String> languages, List<String> topics) {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.parse("2026-01-05T10:00:00Z"));
        jdbc.sql("""
                INSERT INTO directory_service (id, organization_id, name, description, easy_description, status,
                       free_of_charge, fees_description, appointment, phone_advice, video_advice, email, website,
                       verified_at, created_at, updated_at)
                VALUES (?, ?, ?, ?, 'Wir helfen Ihnen.', ?, TRUE, NULL, 'BOTH', TRUE, FALSE, 'rat@example.org',
                        'https://example.org/rat', ?, ?, ?)""")
                .params(id, organization, name + " " + token, description, status, LocalDate.of(2026, 1, 2), now, now)
                .update();
        for (UUID location : at) {
            jdbc.sql("INSERT INTO directory_service_at_location (service_id, location_id) VALUES (?, ?)")
                    .params(id, location).update();
            jdbc.sql("""
                    INSERT INTO directory_schedule (id, service_id, location_id, kind, by_day, opens_at, closes_at,
                           valid_from, valid_to, notes)
                    VALUES (?, ?, ?, 'OPENING', 'MO', ?, ?, NULL, NULL, 'Bitte klingeln')""")
                    .params(UUID.randomUUID(), id, location, Time.valueOf(LocalTime.of(9, 0)),
                            Time.valueOf(LocalTime.of(13, 0))).update();
        }
        jdbc.sql("""
                INSERT INTO directory_schedule (id, service_id, location_id, kind, by_day, opens_at, closes_at, valid_from,
                       valid_to, notes)
                VALUES (?, ?, NULL, 'PHONE', 'TH', ?, ?, '2026-01-01', '2026-12-31', NULL)""")
                .params(UUID.randomUUID(), id, Time.valueOf(LocalTime.of(14, 0)), Time.valueOf(LocalTime.of(16, 30)))
                .update();
        jdbc.sql("""
                INSERT INTO directory_schedule_exception (id, service_id, day, closed, opens_at, closes_at, notes)
                VALUES (?, ?, '2026-12-24', TRUE, NULL, NULL, 'Heiligabend')""").params(UUID.randomUUID(), id).update();
        for (String language : languages) {
            jdbc.sql("INSERT INTO directory_service_language (service_id, language) VALUES (?, ?)").params(id, language)
                    .update();
        }
        for (String topic : topics) {
            jdbc.sql("INSERT INTO directory_service_taxonomy (service_id, term) VALUES (?, ?)").params(id, topic).update();
        }
        jdbc.sql("INSERT INTO directory_phone (id, service_id, number, description) VALUES (?, ?, '040 123456', 'Beratung')")
                .params(UUID.randomUUID(), id).update();
        services.add(id);
        return id;
    }

    /** A published service at one new location of a new organization. */
    UUID published(String name, String description) {
        UUID organization = organization("Beratungsstelle", false);
        UUID location = location(organization, "Beratungsladen", "22765", "ALTONA");
        return service(organization, name, description, "PUBLISHED", List.of(location), List.of("de", "uk"),
                List.of("HOUSING", "SGB2"));
    }

    void publish(List<UUID> ids) {
        jdbc.sql("UPDATE directory_service SET status = 'PUBLISHED' WHERE id IN (:ids)").param("ids", ids).update();
    }

    String status(UUID service) {
        return jdbc.sql("SELECT status FROM directory_service WHERE id = ?").param(service).query(String.class).single();
    }

    int count(String table, List<UUID> ids) {
        return ids.isEmpty() ? 0 : jdbc.sql("SELECT count(*) FROM " + table + " WHERE id IN (:ids)").param("ids", ids)
                .query(Integer.class).single();
    }

    /** Removes every row of the given services, organizations and locations, as if they had never been there. */
    void remove() {
        if (!services.isEmpty()) {
            jdbc.sql("DELETE FROM directory_change WHERE service_id IN (:ids)").param("ids", services).update();
            for (String table : List.of("directory_schedule", "directory_schedule_exception", "directory_service_language",
                    "directory_service_taxonomy", "directory_phone", "directory_service_at_location")) {
                jdbc.sql("DELETE FROM " + table + " WHERE service_id IN (:ids)").param("ids", services).update();
            }
            jdbc.sql("DELETE FROM directory_service WHERE id IN (:ids)").param("ids", services).update();
        }
        if (!locations.isEmpty()) {
            jdbc.sql("DELETE FROM directory_accessibility WHERE location_id IN (:ids)").param("ids", locations).update();
            jdbc.sql("DELETE FROM directory_location WHERE id IN (:ids)").param("ids", locations).update();
        }
        if (!organizations.isEmpty()) {
            jdbc.sql("DELETE FROM directory_organization WHERE id IN (:ids)").param("ids", organizations).update();
        }
    }
}
