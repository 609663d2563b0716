package de.lotse.directory.editing;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;
import de.lotse.organisation.JobcenterId;
import de.lotse.organisation.StaffAccounts;
import de.lotse.organisation.StaffMember;
import de.lotse.organisation.StaffRole;
import de.lotse.staff.StaffFixtures;

/**
 * Counselling centres with their people and their directory entries, for the editing tests: every name carries a
 * token of its own; {@link #remove()} deletes the entries and their changes again.
 */
public final class EditingFixtures {

    public final String token = "Ed" + UUID.randomUUID().toString().substring(0, 8);
    private final JdbcClient jdbc;
    private final CounsellingCentres centres;
    private final StaffAccounts accounts;
    private final JobcenterId hamburg;
    private final List<UUID> organizations = new ArrayList<>();
    private final List<UUID> services = new ArrayList<>();

    public EditingFixtures(JdbcClient jdbc, CounsellingCentres centres, StaffAccounts accounts, CurrentJobcenter jobcenter) {
        this.jdbc = jdbc;
        this.centres = centres;
        this.accounts = accounts;
        this.hamburg = jobcenter.get().id();
    }

    CounsellingCentre centre(CounsellingCentre.Status status) {
        return centres.register(hamburg, "Beratungsstelle " + token + " " + unique(), "Diakonie (Test)",
                CounsellingCentre.Kind.WELFARE_ASSOCIATION, "centre-" + unique() + "@beratung.lotse.test",
                Optional.empty(), Optional.empty(), status, Instant.now());
    }

    public CounsellingCentre approvedCentre() {
        return centre(CounsellingCentre.Status.APPROVED);
    }

    public StaffMember person(CounsellingCentre centre, StaffRole role) {
        String login = role.name().toLowerCase().replace('_', '-') + "-" + unique();
        return accounts.createCounsellor(centre.jobcenter(), centre.id(), login, "Test " + role + " " + login, role,
                StaffFixtures.PASSWORD);
    }

    public StaffMember editor(CounsellingCentre centre) {
        return person(centre, StaffRole.DIRECTORY_EDITOR);
    }

    /** An organization linked to the centre (or to none), with one published service at one location in Altona. */
    public UUID publishedEntry(CounsellingCentre centre, String name) {
        UUID organization = organization(centre);
        return service(organization, name);
    }

    UUID organization(CounsellingCentre centre) {
        UUID id = UUID.randomUUID();
        Timestamp then = Timestamp.from(Instant.parse("2026-01-05T10:00:00Z"));
        jdbc.sql("""
                INSERT INTO directory_organization (id, jobcenter_id, name, description, provider, email,
                       counselling_centre_id, sample, created_at, updated_at)
                VALUES (?, ?, ?, 'Beratung für alle', 'Diakonie', 'info@example.org', ?, FALSE, ?, ?)""")
                .params(id, hamburg.value(), "Verein " + token, centre == null ? null : centre.id().value(), then, then)
                .update();
        organizations.add(id);
        return id;
    }

    UUID service(UUID organization, String name) {
        UUID service = UUID.randomUUID();
        UUID location = UUID.randomUUID();
        Timestamp then = Timestamp.from(Instant.parse("2026-01-05T10:00:00Z"));
        jdbc.sql("""
                INSERT INTO directory_location (id, organization_id, name, address_1, postal_code, city, district,
                       latitude, longitude, transportation)
                VALUES (?, ?, 'Beratungsladen', 'Musterstraße 1', '22765', 'Hamburg', 'ALTONA', 53.55, 9.93, 'S1 Altona')""")
                .params(location, organization).update();
        jdbc.sql("INSERT INTO directory_accessibility (location_id, feature) VALUES (?, 'STEP_FREE')").param(location)
                .update();
        jdbc.sql("""
                INSERT INTO directory_service (id, organization_id, name, description, easy_description, status,
                       free_of_charge, appointment, phone_advice, video_advice, email, verified_at, created_at, updated_at)
                VALUES (?, ?, ?, 'Hilfe bei Bescheiden', 'Wir helfen.', 'PUBLISHED', TRUE, 'BOTH', TRUE, FALSE,
                        'rat@example.org', ?, ?, ?)""")
                .params(service, organization, name + " " + token, LocalDate.of(2025, 1, 2), then, then).update();
        jdbc.sql("INSERT INTO directory_service_at_location (service_id, location_id) VALUES (?, ?)")
                .params(service, location).update();
        jdbc.sql("""
                INSERT INTO directory_schedule (id, service_id, location_id, kind, by_day, opens_at, closes_at)
                VALUES (?, ?, ?, 'OPENING', 'MO', ?, ?)""")
                .params(UUID.randomUUID(), service, location, Time.valueOf(LocalTime.of(9, 0)),
                        Time.valueOf(LocalTime.of(13, 0))).update();
        jdbc.sql("INSERT INTO directory_service_language (service_id, language) VALUES (?, 'de'), (?, 'uk')")
                .params(service, service).update();
        jdbc.sql("INSERT INTO directory_service_taxonomy (service_id, term) VALUES (?, 'SGB2')").param(service).update();
        jdbc.sql("INSERT INTO directory_phone (id, service_id, number, description) VALUES (?, ?, '040 123456', NULL)")
                .params(UUID.randomUUID(), service).update();
        services.add(service);
        return service;
    }

    String column(UUID service, String column) {
        return jdbc.sql("SELECT " + column + "::text FROM directory_service WHERE id = ?").param(service)
                .query(String.class).optional().orElse(null);
    }

    /** Removes every row of this fixture's organizations, their services (also those published from proposals). */
    public void remove() {
        if (organizations.isEmpty()) {
            return;
        }
        List<UUID> all = new ArrayList<>(jdbc.sql("SELECT id FROM directory_service WHERE organization_id IN (:ids)")
                .param("ids", organizations).query(UUID.class).list());
        jdbc.sql("DELETE FROM directory_change WHERE organization_id IN (:ids)").param("ids", organizations).update();
        jdbc.sql("DELETE FROM directory_editing_grant WHERE organization_id IN (:ids)").param("ids", organizations).update();
        if (!all.isEmpty()) {
            jdbc.sql("DELETE FROM directory_translation WHERE entity_id IN (:ids)").param("ids", all).update();
            jdbc.sql("DELETE FROM directory_verification_reminder WHERE service_id IN (:ids)").param("ids", all).update();
            for (String table : List.of("directory_schedule", "directory_schedule_exception", "directory_service_language",
                    "directory_service_taxonomy", "directory_phone", "directory_service_at_location")) {
                jdbc.sql("DELETE FROM " + table + " WHERE service_id IN (:ids)").param("ids", all).update();
            }
            jdbc.sql("DELETE FROM directory_service WHERE id IN (:ids)").param("ids", all).update();
        }
        jdbc.sql("""
                DELETE FROM directory_accessibility WHERE location_id IN
                       (SELECT id FROM directory_location WHERE organization_id IN (:ids))""")
                .param("ids", organizations).update();
        jdbc.sql("DELETE FROM directory_location WHERE organization_id IN (:ids)").param("ids", organizations).update();
        jdbc.sql("DELETE FROM directory_organization WHERE id IN (:ids)").param("ids", organizations).update();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
