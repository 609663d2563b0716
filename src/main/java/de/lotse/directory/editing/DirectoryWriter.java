package de.lotse.directory.editing;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.lotse.directory.Accessibility;
import de.lotse.directory.DirectoryEntries;
import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.ServiceStatus;
import de.lotse.directory.Translation;

/**
 * Writes entries into the directory's tables, for the coordinator's import and for publishing a reviewed change; the
 * caller holds the transaction. Replacing an entry keeps its ids (service, locations, schedules): its relations are
 * deleted and written again.
 */
@Repository
public class DirectoryWriter {

    private final JdbcClient jdbc;

    DirectoryWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<UUID> existing(String table, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        // The table name is one of ours, never typed by anyone.
        return new HashSet<>(jdbc.sql("SELECT id FROM " + table + " WHERE id IN (:ids)").param("ids", ids)
                .query(UUID.class).list());
    }

    /** What the rows with these ids belong to: a service's organization, a schedule's service. */
    public java.util.Map<UUID, UUID> owners(String table, String ownerColumn, Collection<UUID> ids) {
        java.util.Map<UUID, UUID> owners = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            // Table and column are ours, never typed by anyone.
            jdbc.sql("SELECT id, " + ownerColumn + " FROM " + table + " WHERE id IN (:ids)").param("ids", ids)
                    .query(rs -> {
                        owners.put(rs.getObject("id", UUID.class), rs.getObject(ownerColumn, UUID.class));
                    });
        }
        return owners;
    }

    public void insertOrganization(DirectoryEntry.Organization organization, UUID jobcenter, Instant now) {
        jdbc.sql("""
                INSERT INTO directory_organization (id, jobcenter_id, name, alternate_name, description, provider, email,
                       website, sample, created_at, updated_at)
                VALUES (:id, :jobcenter, :name, :alternate, :description, :provider, :email, :website, :sample, :now, :now)""")
                .param("id", organization.id()).param("jobcenter", jobcenter).param("name", organization.name())
                .param("alternate", organization.alternateName().orElse(null))
                .param("description", organization.description()).param("provider", organization.provider().orElse(null))
                .param("email", organization.email().orElse(null)).param("website", organization.website().orElse(null))
                .param("sample", organization.sample()).param("now", Timestamp.from(now)).update();
    }

    void updateOrganization(DirectoryEntry.Organization organization, Instant now) {
        jdbc.sql("""
                UPDATE directory_organization SET name = :name, alternate_name = :alternate, description = :description,
                       provider = :provider, email = :email, website = :website, updated_at = :now WHERE id = :id""")
                .param("id", organization.id()).param("name", organization.name())
                .param("alternate", organization.alternateName().orElse(null))
                .param("description", organization.description()).param("provider", organization.provider().orElse(null))
                .param("email", organization.email().orElse(null)).param("website", organization.website().orElse(null))
                .param("now", Timestamp.from(now)).update();
    }

    public void insertLocation(DirectoryEntry.Location location, UUID organization) {
        jdbc.sql("""
                INSERT INTO directory_location (id, organization_id, name, address_1, postal_code, city, district,
                       latitude, longitude, transportation)
                VALUES (:id, :organization, :name, :address, :postcode, :city, :district, :latitude, :longitude,
                        :transportation)""")
                .param("id", location.id()).param("organization", organization).param("name", location.name())
                .param("address", location.address()).param("postcode", location.postalCode())
                .param("city", location.city()).param("district", location.district().name())
                .param("latitude", location.latitude()).param("longitude", location.longitude())
                .param("transportation", location.transportation().orElse(null)).update();
        insertAccessibility(location);
    }

    /** A location of the entry: changed where it is already known, else added to the organization. */
    void upsertLocation(DirectoryEntry.Location location, UUID organization) {
        int changed = jdbc.sql("""
                UPDATE directory_location SET name = :name, address_1 = :address, postal_code = :postcode, city = :city,
                       district = :district, latitude = :latitude, longitude = :longitude, transportation = :transportation
                 WHERE id = :id""")
                .param("id", location.id()).param("name", location.name())
                .param("address", location.address()).param("postcode", location.postalCode())
                .param("city", location.city()).param("district", location.district().name())
                .param("latitude", location.latitude()).param("longitude", location.longitude())
                .param("transportation", location.transportation().orElse(null)).update();
        if (changed == 0) {
            insertLocation(location, organization);
            return;
        }
        jdbc.sql("DELETE FROM directory_accessibility WHERE location_id = ?").param(location.id()).update();
        insertAccessibility(location);
    }

    private void insertAccessibility(DirectoryEntry.Location location) {
        for (Accessibility feature : location.accessibility()) {
            jdbc.sql("INSERT INTO directory_accessibility (location_id, feature) VALUES (?, ?)")
                    .params(location.id(), feature.name()).update();
        }
    }

    public void insertService(DirectoryEntry entry, Instant now) {
        DirectoryEntry.Service service = entry.service();
        jdbc.sql("""
                INSERT INTO directory_service (id, organization_id, name, description, easy_description, status,
                       free_of_charge, fees_description, appointment, phone_advice, video_advice, email, website,
                       verified_at, created_at, updated_at)
                VALUES (:id, :organization, :name, :description, :easy, :status, :free, :fees, :appointment, :phone,
                        :video, :email, :website, :verified, :now, :now)""")
                .param("id", service.id()).param("organization", service.organizationId()).param("name", service.name())
                .param("description", service.description()).param("easy", service.easyDescription().orElse(null))
                .param("status", service.status().name()).param("free", service.freeOfCharge())
                .param("fees", service.feesDescription().orElse(null)).param("appointment", service.appointment().name())
                .param("phone", service.phoneAdvice()).param("video", service.videoAdvice())
                .param("email", service.email().orElse(null)).param("website", service.website().orElse(null))
                .param("verified", service.verifiedAt().orElse(null)).param("now", Timestamp.from(now)).update();
        insertRelations(entry);
    }

    /**
     * Makes the published entry read as given, in place: the service's own fields, its status and verification, and
     * all its relations (deleted and written again with the same ids).
     */
    void replaceService(DirectoryEntry entry, ServiceStatus status, LocalDate verifiedAt, String verifiedBy,
            Instant now) {
        DirectoryEntry.Service service = entry.service();
        jdbc.sql("""
                UPDATE directory_service SET name = :name, description = :description, easy_description = :easy,
                       status = :status, free_of_charge = :free, fees_description = :fees, appointment = :appointment,
                       phone_advice = :phone, video_advice = :video, email = :email, website = :website,
                       verified_at = :verified, verified_by = :verifiedBy, updated_at = :now
                 WHERE id = :id""")
                .param("id", service.id()).param("name", service.name())
                .param("description", service.description()).param("easy", service.easyDescription().orElse(null))
                .param("status", status.name()).param("free", service.freeOfCharge())
                .param("fees", service.feesDescription().orElse(null)).param("appointment", service.appointment().name())
                .param("phone", service.phoneAdvice()).param("video", service.videoAdvice())
                .param("email", service.email().orElse(null)).param("website", service.website().orElse(null))
                .param("verified", verifiedAt).param("verifiedBy", verifiedBy).param("now", Timestamp.from(now))
                .update();
        for (String table : List.of("directory_schedule", "directory_schedule_exception", "directory_service_language",
                "directory_service_taxonomy", "directory_phone", "directory_service_at_location")) {
            jdbc.sql("DELETE FROM " + table + " WHERE service_id = ?").param(service.id()).update();
        }
        insertRelations(entry);
    }

    void changeStatus(UUID service, ServiceStatus status, Instant now) {
        jdbc.sql("UPDATE directory_service SET status = ?, updated_at = ? WHERE id = ?")
                .params(status.name(), Timestamp.from(now), service).update();
    }

    void verify(UUID service, LocalDate day, String by) {
        jdbc.sql("UPDATE directory_service SET verified_at = ?, verified_by = ? WHERE id = ?").params(day, by, service)
                .update();
    }

    void replaceTranslations(UUID service, List<Translation> translations) {
        jdbc.sql("DELETE FROM directory_translation WHERE entity_type = 'SERVICE' AND entity_id = ?").param(service)
                .update();
        for (Translation translation : translations) {
            jdbc.sql("""
                    INSERT INTO directory_translation (entity_type, entity_id, field, language, text)
                    VALUES ('SERVICE', ?, ?, ?, ?)""")
                    .params(service, translation.field(), translation.language(), translation.text()).update();
        }
    }

    private void insertRelations(DirectoryEntry entry) {
        UUID id = entry.service().id();
        for (DirectoryEntry.Location location : entry.locations()) {
            jdbc.sql("INSERT INTO directory_service_at_location (service_id, location_id) VALUES (?, ?)")
                    .params(id, location.id()).update();
        }
        for (DirectoryEntry.Schedule schedule : entry.schedules()) {
            jdbc.sql("""
                    INSERT INTO directory_schedule (id, service_id, location_id, kind, by_day, opens_at, closes_at,
                           valid_from, valid_to, notes)
                    VALUES (:id, :service, :location, :kind, :day, :opens, :closes, :from, :to, :notes)""")
                    .param("id", schedule.id()).param("service", id).param("location", schedule.locationId().orElse(null))
                    .param("kind", schedule.kind().name()).param("day", DirectoryEntries.hsds(schedule.day()))
                    .param("opens", Time.valueOf(schedule.opensAt())).param("closes", Time.valueOf(schedule.closesAt()))
                    .param("from", schedule.validFrom().orElse(null)).param("to", schedule.validTo().orElse(null))
                    .param("notes", schedule.notes().orElse(null)).update();
        }
        for (DirectoryEntry.ScheduleException day : entry.exceptions()) {
            jdbc.sql("""
                    INSERT INTO directory_schedule_exception (id, service_id, day, closed, opens_at, closes_at, notes)
                    VALUES (:id, :service, :day, :closed, :opens, :closes, :notes)""")
                    .param("id", UUID.randomUUID()).param("service", id).param("day", day.day())
                    .param("closed", day.closed()).param("opens", day.opensAt().map(Time::valueOf).orElse(null))
                    .param("closes", day.closesAt().map(Time::valueOf).orElse(null))
                    .param("notes", day.notes().orElse(null)).update();
        }
        for (String language : entry.languages()) {
            jdbc.sql("INSERT INTO directory_service_language (service_id, language) VALUES (?, ?)").params(id, language)
                    .update();
        }
        for (String topic : entry.topics()) {
            jdbc.sql("INSERT INTO directory_service_taxonomy (service_id, term) VALUES (?, ?)").params(id, topic).update();
        }
        for (DirectoryEntry.Phone phone : entry.phones()) {
            jdbc.sql("INSERT INTO directory_phone (id, service_id, number, description) VALUES (?, ?, ?, ?)")
                    .params(UUID.randomUUID(), id, phone.number(), phone.description().orElse(null)).update();
        }
    }
}
