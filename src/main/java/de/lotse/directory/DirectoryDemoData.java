package de.lotse.directory;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.lotse.calendar.HamburgCalendar;
import de.lotse.calendar.PublicHoliday;
import de.lotse.directory.DirectoryEntry.Schedule.Kind;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.CounsellingCentres;
import de.lotse.organisation.CurrentJobcenter;

/**
 * Sample services for the embedded default, plainly marked as samples: organisations flagged {@code sample}, names
 * ending "(Beispiel)", addresses in the Musterstraße with real postcodes (placed at the postcode's centre), phone
 * numbers from the fictional range 040 000000-xx and e-mail addresses under beispiel.lotse.test. They cover all seven
 * districts and the variety a search must handle: languages, accessibility, walk-in and appointment, phone and video,
 * fees, evening hours past midnight, a public holiday with special opening, a team day, and an entry last checked
 * more than a year ago. Only adds samples that are missing.
 */
@Component
@Order(5)
@ConditionalOnBooleanProperty("lotse.demo-data.enabled")
class DirectoryDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DirectoryDemoData.class);

    private record Hours(Kind kind, Set<DayOfWeek> days, String opens, String closes, Optional<LocalDate> validTo) {
    }

    private record Place(String name, String address, String postcode, District district, String transportation,
            Set<Accessibility> accessibility) {
    }

    private record Sample(String organization, String provider, String service, String description, String easy,
            List<String> topics, List<String> languages, Appointment appointment, boolean free, String fees,
            boolean phone, boolean video, List<Place> places, List<Hours> hours, String phoneNumber, String email,
            int verifiedDaysAgo, String linkedCentre) {
    }

    private static final Set<DayOfWeek> MO_FR = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private final JdbcClient jdbc;
    private final CurrentJobcenter jobcenter;
    private final CounsellingCentres centres;
    private final PostcodeCentroids centroids;
    private final HamburgCalendar calendar;
    private final DirectorySnapshot snapshot;
    private final Clock clock;

    DirectoryDemoData(JdbcClient jdbc, CurrentJobcenter jobcenter, CounsellingCentres centres,
            PostcodeCentroids centroids, HamburgCalendar calendar, DirectorySnapshot snapshot, Clock clock) {
        this.jdbc = jdbc;
        this.jobcenter = jobcenter;
        this.centres = centres;
        this.centroids = centroids;
        this.calendar = calendar;
        this.snapshot = snapshot;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        centroids.run(args); // the samples sit at their postcode's centre, so the centres must be there first
        LocalDate today = LocalDate.now(clock.withZone(HamburgCalendar.ZONE));
        int added = 0;
        for (Sample sample : samples(today)) {
            Integer known = jdbc.sql("SELECT count(*) FROM directory_organization WHERE name = ? AND sample")
                    .param(sample.organization()).query(Integer.class).single();
            if (known == 0) {
                insert(sample, today);
                added++;
            }
        }
        if (added > 0) {
            snapshot.refresh();
            log.info("Demo data: {} sample services in the directory of counselling centres (/beratung)", added);
        }
    }

    private List<Sample> samples(LocalDate today) {
        Optional<LocalDate> endOfYear = Optional.of(Year.from(today).atMonth(12).atEndOfMonth());
        return List.of(
                new Sample("Sozialberatung am Hauptbahnhof (Beispiel)", "Beispiel-Wohlfahrtsverband Hamburg e. V.",
                        "Sozialberatung und Hilfe bei Bescheiden (Beispiel)",
                        "Wir prüfen Ihren Bürgergeld-Bescheid, helfen bei Anträgen und Widersprüchen und begleiten Sie, wenn es mit dem Jobcenter Streit gibt.",
                        "Wir helfen Ihnen bei Briefen vom Jobcenter. Wir lesen den Brief mit Ihnen. Wir sagen Ihnen: Was steht darin? Was können Sie tun?",
                        List.of("SGB2", "LEGAL", "HOUSING"), List.of("de", "en", "ar"), Appointment.BOTH, true, null, true,
                        false, List.of(new Place("Beratungsstelle Hauptbahnhof", "Musterstraße 1", "20095",
                                District.HAMBURG_MITTE, "U/S Hauptbahnhof, 3 Minuten zu Fuß",
                                Set.of(Accessibility.STEP_FREE, Accessibility.LIFT, Accessibility.ACCESSIBLE_TOILET))),
                        List.of(hours(Kind.OPENING, MO_FR, "09:00", "16:00"),
                                hours(Kind.OPENING, Set.of(DayOfWeek.THURSDAY), "16:00", "18:00"),
                                hours(Kind.PHONE, MO_FR, "09:00", "12:00")),
                        "040 000000-11", "sozialberatung@beispiel.lotse.test", 20,
                        "Beratungsstelle Existenzsicherung (Demo)"),
                new Sample("Erwerbslosentreff Wilhelmsburg (Beispiel)", "Beispiel-Erwerbslosenhilfe e. V.",
                        "Beratung für Erwerbslose (Beispiel)",
                        "Beratung zu Bürgergeld, Arbeitslosengeld und Arbeitsrecht, auch auf Türkisch und Russisch. Termine nach Vereinbarung.",
                        "Sie haben keine Arbeit? Wir beraten Sie. Sie brauchen einen Termin. Rufen Sie uns an.",
                        List.of("SGB2", "WORK"), List.of("de", "tr", "ru"), Appointment.REQUIRED, true, null, true, false,
                        List.of(new Place("Treffpunkt Wilhelmsburg", "Musterstraße 2", "21109", District.HAMBURG_MITTE,
                                "S Wilhelmsburg, dann Bus 13", Set.of(Accessibility.STEP_FREE))),
                        List.of(hours(Kind.OPENING, Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), "10:00", "17:00"),
                                hours(Kind.PHONE, Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), "10:00", "12:00")),
                        "040 000000-12", "wilhelmsburg@beispiel.lotse.test", 60,
                        "Arbeitslosenberatung Wilhelmsburg (Demo)"),
                new Sample("Nachtcafé St. Pauli (Beispiel)", "Beispiel-Straßensozialarbeit e. V.",
                        "Abendberatung im Nachtcafé (Beispiel)",
                        "Beratung am Abend und in der Nacht, ohne Termin: Geld, Wohnung, Gesundheit. Wer nachts arbeitet oder keine Wohnung hat, findet hier jemanden.",
                        "Sie können abends und nachts zu uns kommen. Sie brauchen keinen Termin. Wir helfen bei Geld, Wohnung und Gesundheit.",
                        List.of("SGB2", "HOUSING", "HEALTH"), List.of("de", "en", "ru"), Appointment.WALK_IN, true, null,
                        false, false, List.of(new Place("Nachtcafé", "Musterstraße 3", "20359", District.HAMBURG_MITTE,
                                "U Sankt Pauli, Nachtbus 600", Set.of())),
                        List.of(hours(Kind.OPENING, Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), "22:00", "02:00"),
                                hours(Kind.OPENING, Set.of(DayOfWeek.WEDNESDAY), "20:00", "00:30")),
                        "040 000000-13", "nachtcafe@beispiel.lotse.test", 30, null),
                new Sample("Mieterhilfe Altona (Beispiel)", "Beispiel-Mieterverein Altona e. V.",
                        "Mietrechtsberatung (Beispiel)",
                        "Beratung zu Miete, Nebenkosten, Heizkosten und Kosten der Unterkunft beim Jobcenter. Die erste Beratung ist kostenlos.",
                        "Sie haben Fragen zur Miete? Oder zu den Heiz-Kosten? Wir beraten Sie. Das erste Gespräch kostet nichts.",
                        List.of("HOUSING", "ENERGY"), List.of("de", "en"), Appointment.WALK_IN, false,
                        "Mitgliedsbeitrag 5 Euro im Monat; die erste Beratung ist kostenlos.", false, false,
                        List.of(new Place("Mieterhilfe Altona", "Musterstraße 4", "22765", District.ALTONA,
                                "S Altona, 5 Minuten zu Fuß", Set.of(Accessibility.STEP_FREE))),
                        List.of(hours(Kind.OPENING, Set.of(DayOfWeek.MONDAY), "14:00", "18:00"),
                                hours(Kind.OPENING, Set.of(DayOfWeek.WEDNESDAY), "10:00", "13:00")),
                        "040 000000-14", "mieterhilfe@beispiel.lotse.test", 100, null),
                new Sample("Schuldnerberatung Lurup (Beispiel)", "Beispiel-Verbraucherhilfe e. V.",
                        "Schuldner- und Insolvenzberatung (Beispiel)",
                        "Anerkannte Schuldnerberatung: Überblick über die Schulden, Pfändungsschutzkonto, Verhandlung mit Gläubigern, Verbraucherinsolvenz. Auch per Video.",
                        "Sie haben Schulden? Wir helfen Ihnen. Wir machen einen Plan mit Ihnen. Sie können auch per Video mit uns sprechen.",
                        List.of("DEBT"), List.of("de", "fa", "ar"), Appointment.REQUIRED, true, null, true, true,
                        List.of(new Place("Schuldnerberatung Lurup", "Musterstraße 5", "22547", District.ALTONA,
                                "Bus 2 oder 3 bis Lurup Markt", Set.of(Accessibility.HEARING_LOOP))),
                        List.of(hours(Kind.OPENING, Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                                DayOfWeek.THURSDAY), "09:00", "15:00"),
                                hours(Kind.PHONE, MO_FR, "08:00", "10:00")),
                        "040 000000-15", "schulden@beispiel.lotse.test", 430, null),
                new Sample("Migrationsberatung Eimsbüttel (Beispiel)", "Beispiel-Migrationsdienst e. V.",
                        "Migrationsberatung für Erwachsene (Beispiel)",
                        "Beratung zu Aufenthalt, Arbeitserlaubnis, Sprachkursen und Bürgergeld für Menschen, die aus dem Ausland nach Hamburg gekommen sind.",
                        "Sie kommen aus einem anderen Land? Wir beraten Sie. Zum Beispiel zum Aufenthalt, zur Arbeit und zum Deutsch-Kurs.",
                        List.of("MIGRATION", "SGB2"), List.of("de", "uk", "ru", "en"), Appointment.BOTH, true, null, true,
                        false, List.of(new Place("Migrationsberatung Eimsbüttel", "Musterstraße 6", "20257",
                                District.EIMSBUETTEL, "U Osterstraße",
                                Set.of(Accessibility.STEP_FREE, Accessibility.LIFT, Accessibility.ACCESSIBLE_TOILET))),
                        List.of(hours(Kind.OPENING, MO_FR, "10:00", "15:00"),
                                hours(Kind.PHONE, Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), "15:00", "17:00")),
                        "040 000000-16", "migration@beispiel.lotse.test", 45, null),
                new Sample("Familienzentrum Eidelstedt (Beispiel)", "Beispiel-Kinder- und Familienhilfe e. V.",
                        "Beratung für Familien und Alleinerziehende (Beispiel)",
                        "Beratung für Familien und Alleinerziehende: Kinderzuschlag, Bildung und Teilhabe, Unterhaltsvorschuss, Bürgergeld. Ohne Termin, Kinder sind willkommen.",
                        "Sie haben Kinder? Wir beraten Sie. Zum Beispiel zu Geld für die Familie. Sie brauchen keinen Termin. Sie können Ihre Kinder mitbringen.",
                        List.of("FAMILY", "SGB2"), List.of("de", "tr"), Appointment.WALK_IN, true, null, false, false,
                        List.of(new Place("Familienzentrum Eidelstedt", "Musterstraße 7", "22523", District.EIMSBUETTEL,
                                "S Eidelstedt, Bus 4", Set.of(Accessibility.EASY_LANGUAGE, Accessibility.STEP_FREE))),
                        List.of(hours(Kind.OPENING, Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), "09:00", "12:00"),
                                hours(Kind.OPENING, Set.of(DayOfWeek.WEDNESDAY), "15:00", "19:00")),
                        "040 000000-17", "familie@beispiel.lotse.test", 10, null),
                new Sample("Teilhabeberatung Barmbek (Beispiel)", "Beispiel-Selbsthilfe Behinderung e. V.",
                        "Ergänzende unabhängige Teilhabeberatung (Beispiel)",
                        "Beratung für Menschen mit Behinderung und ihre Angehörigen: Mehrbedarf, Eingliederungshilfe, Schwerbehindertenausweis. Mit Gebärdensprache nach Absprache, auch per Video.",
                        "Sie haben eine Behinderung? Wir beraten Sie. Wir sprechen auch Gebärden-Sprache. Sie können auch per Video mit uns sprechen.",
                        List.of("DISABILITY", "HEALTH", "SGB2"), List.of("de"), Appointment.REQUIRED, true, null, true, true,
                        List.of(new Place("Teilhabeberatung Barmbek", "Musterstraße 8", "22305", District.HAMBURG_NORD,
                                "U/S Barmbek, Aufzug am Bahnhof",
                                Set.of(Accessibility.STEP_FREE, Accessibility.LIFT, Accessibility.ACCESSIBLE_TOILET,
                                        Accessibility.HEARING_LOOP, Accessibility.SIGN_LANGUAGE,
                                        Accessibility.EASY_LANGUAGE, Accessibility.PARKING_DISABLED))),
                        List.of(hours(Kind.OPENING, MO_FR, "09:00", "17:00"),
                                hours(Kind.PHONE, MO_FR, "09:00", "13:00")),
                        "040 000000-18", "teilhabe@beispiel.lotse.test", 5, null),
                new Sample("Erwerbslosenberatung Wandsbek (Beispiel)", "Beispiel-Gewerkschaftsbund Hamburg",
                        "Erwerbslosenberatung der Gewerkschaften (Beispiel)",
                        "Beratung zu Bürgergeld, Sanktionen, Eingliederungsvereinbarung und Widerspruch, auch auf Arabisch und Farsi.",
                        "Sie haben Ärger mit dem Jobcenter? Wir beraten Sie. Auch auf Arabisch und Farsi.",
                        List.of("SGB2", "WORK", "LEGAL"), List.of("de", "ar", "fa"), Appointment.BOTH, true, null, true,
                        false, List.of(new Place("Gewerkschaftshaus Wandsbek", "Musterstraße 9", "22041",
                                District.WANDSBEK, "U Wandsbek Markt", Set.of(Accessibility.STEP_FREE))),
                        List.of(hours(Kind.OPENING, Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY), "09:00", "13:00"),
                                hours(Kind.OPENING, Set.of(DayOfWeek.THURSDAY), "14:00", "18:00"),
                                hours(Kind.PHONE, Set.of(DayOfWeek.TUESDAY), "10:00", "12:00")),
                        "040 000000-19", "wandsbek@beispiel.lotse.test", 200, null),
                new Sample("Energieberatung Rahlstedt (Beispiel)", "Beispiel-Verbraucherhilfe e. V.",
                        "Hilfe bei Strom- und Gassperren (Beispiel)",
                        "Ihnen droht eine Strom- oder Gassperre? Wir helfen beim Gespräch mit dem Versorger und beim Antrag auf ein Darlehen beim Jobcenter.",
                        "Man will Ihnen den Strom oder das Gas abstellen? Wir helfen Ihnen schnell.",
                        List.of("ENERGY", "DEBT"), List.of("de"), Appointment.REQUIRED, false,
                        "10 Euro je Termin; mit Bürgergeld-Bescheid kostenlos.", true, false,
                        List.of(new Place("Energieberatung Rahlstedt", "Musterstraße 10", "22143", District.WANDSBEK,
                                "S Rahlstedt", Set.of())),
                        List.of(hours(Kind.OPENING, Set.of(DayOfWeek.MONDAY), "09:00", "12:00"),
                                hours(Kind.PHONE, MO_FR, "08:00", "09:00")),
                        "040 000000-20", "energie@beispiel.lotse.test", 90, null),
                new Sample("Sozialberatung Bergedorf (Beispiel)", "Beispiel-Wohlfahrtsverband Hamburg e. V.",
                        "Allgemeine Sozialberatung Bergedorf (Beispiel)",
                        "Offene Sprechstunde zu Bürgergeld, Wohnen und Familie. Wir sprechen Deutsch, Russisch und Ukrainisch.",
                        "Sie haben Fragen zum Bürger-Geld, zur Wohnung oder zur Familie? Kommen Sie einfach vorbei.",
                        List.of("SGB2", "HOUSING", "FAMILY"), List.of("de", "ru", "uk"), Appointment.WALK_IN, true, null,
                        false, false, List.of(new Place("Sozialberatung Bergedorf", "Musterstraße 11", "21029",
                                District.BERGEDORF, "S Bergedorf, ZOB",
                                Set.of(Accessibility.STEP_FREE, Accessibility.ACCESSIBLE_TOILET))),
                        List.of(hours(Kind.OPENING, Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                                DayOfWeek.THURSDAY), "09:00", "12:00"),
                                hours(Kind.OPENING, Set.of(DayOfWeek.THURSDAY), "15:00", "18:00")),
                        "040 000000-21", "bergedorf@beispiel.lotse.test", 150, null),
                new Sample("Beratungszentrum Harburg (Beispiel)", "Beispiel-Diakonie Süderelbe e. V.",
                        "Beratung für Bürgergeld und Migration (Beispiel)",
                        "Beratung zu Bürgergeld, Aufenthalt, Arbeit und Widerspruch, in fünf Sprachen, vor Ort in Harburg und Neugraben, am Telefon und per Video. Samstags bis Jahresende.",
                        "Wir beraten Sie zum Bürger-Geld, zur Arbeit und zum Aufenthalt. In 5 Sprachen. Vor Ort, am Telefon oder per Video.",
                        List.of("SGB2", "MIGRATION", "LEGAL", "WORK"), List.of("de", "tr", "ar", "en", "fa"),
                        Appointment.BOTH, true, null, true, true,
                        List.of(new Place("Beratungszentrum Harburg", "Musterstraße 12", "21073", District.HARBURG,
                                "S Harburg Rathaus", Set.of(Accessibility.STEP_FREE, Accessibility.LIFT)),
                                new Place("Außenstelle Neugraben", "Musterstraße 13", "21149", District.HARBURG,
                                        "S Neugraben", Set.of())),
                        List.of(hours(Kind.OPENING, MO_FR, "09:00", "15:00"),
                                new Hours(Kind.OPENING, Set.of(DayOfWeek.SATURDAY), "10:00", "13:00", endOfYear),
                                hours(Kind.PHONE, MO_FR, "13:00", "15:00")),
                        "040 000000-22", "harburg@beispiel.lotse.test", 25, null));
    }

    private static Hours hours(Kind kind, Set<DayOfWeek> days, String opens, String closes) {
        return new Hours(kind, days, opens, closes, Optional.empty());
    }

    private void insert(Sample sample, LocalDate today) {
        var now = clock.instant().atOffset(java.time.ZoneOffset.UTC);
        UUID organization = UUID.randomUUID();
        UUID centre = Optional.ofNullable(sample.linkedCentre()).flatMap(this::centre).orElse(null);
        jdbc.sql("""
                INSERT INTO directory_organization (id, jobcenter_id, name, description, provider, email, counselling_centre_id,
                                                    sample, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, ?, ?)""")
                .params(organization, jobcenter.get().id().value(), sample.organization(), sample.description(),
                        sample.provider(), sample.email(), centre, now, now).update();
        UUID service = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO directory_service (id, organization_id, name, description, easy_description, status, free_of_charge,
                                               fees_description, appointment, phone_advice, video_advice, email, verified_at,
                                               verified_by, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, 'Beispieldaten', ?, ?)""")
                .params(service, organization, sample.service(), sample.description(), sample.easy(), sample.free(),
                        sample.fees(), sample.appointment().name(), sample.phone(), sample.video(), sample.email(),
                        today.minusDays(sample.verifiedDaysAgo()), now, now).update();
        var points = centroids.all();
        UUID firstLocation = null;
        for (Place place : sample.places()) {
            GeoPoint point = points.get(place.postcode());
            UUID location = UUID.randomUUID();
            firstLocation = firstLocation == null ? location : firstLocation;
            jdbc.sql("""
                    INSERT INTO directory_location (id, organization_id, name, address_1, postal_code, district, latitude,
                                                    longitude, transportation)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(location, organization, place.name(), place.address(), place.postcode(),
                            place.district().name(), point.latitude(), point.longitude(), place.transportation()).update();
            jdbc.sql("INSERT INTO directory_service_at_location (service_id, location_id) VALUES (?, ?)")
                    .params(service, location).update();
            for (Accessibility feature : place.accessibility()) {
                jdbc.sql("INSERT INTO directory_accessibility (location_id, feature) VALUES (?, ?)")
                        .params(location, feature.name()).update();
            }
        }
        for (Hours hours : sample.hours()) {
            for (DayOfWeek day : hours.days()) {
                jdbc.sql("""
                        INSERT INTO directory_schedule (id, service_id, location_id, kind, by_day, opens_at, closes_at, valid_to)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(UUID.randomUUID(), service, hours.kind() == Kind.OPENING ? firstLocation : null,
                                hours.kind().name(), DirectoryEntries.hsds(day), LocalTime.parse(hours.opens()),
                                LocalTime.parse(hours.closes()), hours.validTo().orElse(null)).update();
            }
        }
        for (String language : sample.languages()) {
            jdbc.sql("INSERT INTO directory_service_language (service_id, language) VALUES (?, ?)")
                    .params(service, language).update();
        }
        for (String topic : sample.topics()) {
            jdbc.sql("INSERT INTO directory_service_taxonomy (service_id, term) VALUES (?, ?)").params(service, topic)
                    .update();
        }
        jdbc.sql("INSERT INTO directory_phone (id, service_id, number, description) VALUES (?, ?, ?, ?)")
                .params(UUID.randomUUID(), service, sample.phoneNumber(), sample.phone() ? "Beratung am Telefon" : "Zentrale")
                .update();
        exceptions(sample, service, today);
    }

    /**
     * The first sample opens on the next public holiday that falls on a working weekday (a special opening) and
     * closes for a team day in two weeks, so the entry page shows both kinds of exception.
     */
    private void exceptions(Sample sample, UUID service, LocalDate today) {
        if (sample.linkedCentre() == null || !sample.linkedCentre().startsWith("Beratungsstelle Existenzsicherung")) {
            return;
        }
        Optional<LocalDate> holiday = java.util.stream.Stream.of(today.getYear(), today.getYear() + 1)
                .flatMap(year -> calendar.holidays(year).stream()).map(PublicHoliday::date)
                .filter(day -> day.isAfter(today) && day.getDayOfWeek().getValue() <= 5).findFirst();
        holiday.ifPresent(day -> jdbc.sql("""
                INSERT INTO directory_schedule_exception (id, service_id, day, closed, opens_at, closes_at, notes)
                VALUES (?, ?, ?, FALSE, ?, ?, 'Sonderöffnung am Feiertag')""")
                .params(UUID.randomUUID(), service, day, LocalTime.of(10, 0), LocalTime.of(14, 0)).update());
        LocalDate teamDay = today.plusDays(14);
        while (teamDay.getDayOfWeek().getValue() > 5 || calendar.isHoliday(teamDay) || holiday.filter(teamDay::equals).isPresent()) {
            teamDay = teamDay.plusDays(1);
        }
        jdbc.sql("""
                INSERT INTO directory_schedule_exception (id, service_id, day, closed, notes)
                VALUES (?, ?, ?, TRUE, 'Teamtag: geschlossen')""")
                .params(UUID.randomUUID(), service, teamDay).update();
    }

    private Optional<UUID> centre(String name) {
        return centres.of(jobcenter.get().id()).stream().filter(centre -> centre.name().equals(name))
                .map(CounsellingCentre::id).map(id -> id.value()).findFirst();
    }
}
