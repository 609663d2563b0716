package de.lotse.directory.api;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import de.lotse.directory.Accessibility;
import de.lotse.directory.DirectoryEntry;

/** Writes imported entries into the directory's tables; the caller holds the transaction. */
@Repository
class DirectoryWriter {

    private final JdbcClient jdbc;

    DirectoryWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<UUID> existing(String table, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        // The table name is one of ours, never typed by anyone.
        return new HashSet<>(jdbc.sql("SELECT id FROM " + table + " WHERE id IN (:ids)").param("ids", ids)
                .query(UUID.class).list());
    }

    void insertOrganization(DirectoryEntry.Organization organization, UUID jobcenter, Instant now) {
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

    void insertLocation(DirectoryEntry.Location location, UUID organization) {
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
        for (Accessibility feature : location.accessibility()) {
            jdbc.sql("INSERT INTO directory_accessibility (location_id, feature) VALUES (?, ?)")
                    .params(location.id(), feature.name()).update();
        }
    }

    void insertService(DirectoryEntry entry, Instant now) {
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
        UUID id = service.id();
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
                    .param("kind", schedule.kind().name())
                    .param("day", de.lotse.directory.DirectoryEntries.hsds(schedule.day()))
                    .param("opens", java.sql.Time.valueOf(schedule.opensAt()))
                    .param("closes", java.sql.Time.valueOf(schedule.closesAt()))
                    .param("from", schedule.validFrom().orElse(null)).param("to", schedule.validTo().orElse(null))
                    .param("notes", schedule.notes().orElse(null)).update();
        }
        for (DirectoryEntry.ScheduleException day : entry.exceptions()) {
            jdbc.sql("""
                    INSERT INTO directory_schedule_exception (id, service_id, day, closed, opens_at, closes_at, notes)
                    VALUES (:id, :service, :day, :closed, :opens, :closes, :notes)""")
                    .param("id", UUID.randomUUID()).param("service", id).param("day", day.day())
                    .param("closed", day.closed()).param("opens", day.opensAt().map(java.sql.Time::valueOf).orElse(null))
                    .param("closes", day.closesAt().map(java.sql.Time::valueOf).orElse(null))
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
