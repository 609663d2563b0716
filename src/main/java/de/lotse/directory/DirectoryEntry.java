package de.lotse.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One service of the directory with everything a citizen needs to decide and to get there: the organization that
 * offers it, its locations, hours, languages, topics and contacts (an HSDS 3 service with its relations).
 */
public record DirectoryEntry(Service service, Organization organization, List<Location> locations,
        List<Schedule> schedules, List<ScheduleException> exceptions, Set<String> languages, Set<String> topics,
        List<Phone> phones) {

    public record Organization(UUID id, String name, Optional<String> alternateName, String description,
            Optional<String> provider, Optional<String> email, Optional<String> website, boolean sample) {
    }

    public record Service(UUID id, UUID organizationId, String name, String description, Optional<String> easyDescription,
            ServiceStatus status, boolean freeOfCharge, Optional<String> feesDescription, Appointment appointment,
            boolean phoneAdvice, boolean videoAdvice, Optional<String> email, Optional<String> website,
            Optional<LocalDate> verifiedAt) {
    }

    public record Location(UUID id, String name, String address, String postalCode, String city, District district,
            double latitude, double longitude, Optional<String> transportation, Set<Accessibility> accessibility) {
    }

    /** Weekly hours: for visits (at a location) or for phone advice. */
    public record Schedule(UUID id, Optional<UUID> locationId, Kind kind, DayOfWeek day, LocalTime opensAt,
            LocalTime closesAt, Optional<LocalDate> validFrom, Optional<LocalDate> validTo, Optional<String> notes) {

        public enum Kind {
            OPENING, PHONE
        }

        /** Hours past midnight (22:00–02:00) belong to the day they start on. */
        public boolean overnight() {
            return !closesAt.isAfter(opensAt);
        }
    }

    /** A day that differs from the week: closed, or other hours. */
    public record ScheduleException(LocalDate day, boolean closed, Optional<LocalTime> opensAt,
            Optional<LocalTime> closesAt, Optional<String> notes) {
    }

    public record Phone(String number, Optional<String> description) {
    }
}
