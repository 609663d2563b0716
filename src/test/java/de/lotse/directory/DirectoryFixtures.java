package de.lotse.directory;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Directory entries written straight into the tables, for tests. Each test names its entries with its own made-up
 * word ({@link #word()}), and searches with it, so the demo samples and other tests' entries stay out of its way.
 */
final class DirectoryFixtures {

    record Place(String postcode, District district, double latitude, double longitude, Set<Accessibility> features) {
    }

    record Hours(DirectoryEntry.Schedule.Kind kind, DayOfWeek day, String opens, String closes) {
    }

    record Exception(String day, boolean closed, String opens, String closes) {
    }

    private final JdbcClient jdbc;
    private final UUID jobcenter;

    DirectoryFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.jobcenter = jdbc.sql("SELECT id FROM jobcenter ORDER BY code LIMIT 1").query(UUID.class).single();
    }

    /** A word no real entry contains, e.g. "qxfixturebmwk". */
    static String word() {
        StringBuilder word = new StringBuilder("qxfixture");
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    static Place at(String postcode, District district, double latitude, double longitude, Accessibility... features) {
        return new Place(postcode, district, latitude, longitude,
                features.length == 0 ? Set.of() : EnumSet.copyOf(List.of(features)));
    }

    Service service(String name) {
        return new Service(name);
    }

    final class Service {
        private final String name;
        private String description = "Beratung";
        private String status = "PUBLISHED";
        private Appointment appointment = Appointment.BOTH;
        private boolean free = true;
        private boolean phone;
        private boolean video;
        private LocalDate verifiedAt;
        private final List<String> phones = new ArrayList<>();
        private final List<String> languages = new ArrayList<>();
        private final List<String> topics = new ArrayList<>();
        private final List<Place> places = new ArrayList<>();
        private final List<Hours> hours = new ArrayList<>();
        private final List<Exception> exceptions = new ArrayList<>();

        private Service(String name) {
            this.name = name;
        }

        Service description(String text) {
            description = text;
            return this;
        }

        Service status(ServiceStatus value) {
            status = value.name();
            return this;
        }

        Service appointment(Appointment value) {
            appointment = value;
            return this;
        }

        Service fees() {
            free = false;
            return this;
        }

        Service phoneAdvice() {
            phone = true;
            return this;
        }

        Service videoAdvice() {
            video = true;
            return this;
        }

        Service verifiedAt(LocalDate day) {
            verifiedAt = day;
            return this;
        }

        Service phone(String number) {
            phones.add(number);
            return this;
        }

        Service languages(String... codes) {
            languages.addAll(List.of(codes));
            return this;
        }

        Service topics(String... codes) {
            topics.addAll(List.of(codes));
            return this;
        }

        Service at(Place place) {
            places.add(place);
            return this;
        }

        Service open(DayOfWeek day, String opens, String closes) {
            hours.add(new Hours(DirectoryEntry.Schedule.Kind.OPENING, day, opens, closes));
            return this;
        }

        Service phoneHours(DayOfWeek day, String opens, String closes) {
            hours.add(new Hours(DirectoryEntry.Schedule.Kind.PHONE, day, opens, closes));
            return this;
        }

        Service closedOn(String day) {
            exceptions.add(new Exception(day, true, null, null));
            return this;
        }

        Service otherHoursOn(String day, String opens, String closes) {
            exceptions.add(new Exception(day, false, opens, closes));
            return this;
        }

        UUID save() {
            var now = Instant.now().atOffset(ZoneOffset.UTC);
            UUID organization = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO directory_organization (id, jobcenter_id, name, description, sample, created_at, updated_at)
                    VALUES (?, ?, ?, 'Träger für Tests', FALSE, ?, ?)""")
                    .params(organization, jobcenter, "Träger " + name, now, now).update();
            UUID service = UUID.randomUUID();
            jdbc.sql("""
                    INSERT INTO directory_service (id, organization_id, name, description, status, free_of_charge, appointment,
                                                   phone_advice, video_advice, verified_at, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(service, organization, name, description, status, free, appointment.name(), phone, video,
                            verifiedAt, now, now).update();
            for (Place place : places) {
                UUID location = UUID.randomUUID();
                jdbc.sql("""
                        INSERT INTO directory_location (id, organization_id, name, address_1, postal_code, district, latitude, longitude)
                        VALUES (?, ?, 'Standort', 'Teststraße 1', ?, ?, ?, ?)""")
                        .params(location, organization, place.postcode(), place.district().name(), place.latitude(),
                                place.longitude()).update();
                jdbc.sql("INSERT INTO directory_service_at_location (service_id, location_id) VALUES (?, ?)")
                        .params(service, location).update();
                for (Accessibility feature : place.features()) {
                    jdbc.sql("INSERT INTO directory_accessibility (location_id, feature) VALUES (?, ?)")
                            .params(location, feature.name()).update();
                }
            }
            for (Hours open : hours) {
                jdbc.sql("""
                        INSERT INTO directory_schedule (id, service_id, kind, by_day, opens_at, closes_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(UUID.randomUUID(), service, open.kind().name(), DirectoryEntries.hsds(open.day()),
                                LocalTime.parse(open.opens()), LocalTime.parse(open.closes())).update();
            }
            for (Exception exception : exceptions) {
                jdbc.sql("""
                        INSERT INTO directory_schedule_exception (id, service_id, day, closed, opens_at, closes_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                        .params(UUID.randomUUID(), service, LocalDate.parse(exception.day()), exception.closed(),
                                exception.opens() == null ? null : LocalTime.parse(exception.opens()),
                                exception.closes() == null ? null : LocalTime.parse(exception.closes())).update();
            }
            for (String number : phones) {
                jdbc.sql("INSERT INTO directory_phone (id, service_id, number) VALUES (?, ?, ?)")
                        .params(UUID.randomUUID(), service, number).update();
            }
            for (String language : languages) {
                jdbc.sql("INSERT INTO directory_service_language (service_id, language) VALUES (?, ?)")
                        .params(service, language).update();
            }
            for (String topic : topics) {
                jdbc.sql("INSERT INTO directory_service_taxonomy (service_id, term) VALUES (?, ?)").params(service, topic)
                        .update();
            }
            return service;
        }
    }
}
