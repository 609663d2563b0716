package de.lotse.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import de.lotse.IntegrationTest;
import de.lotse.calendar.HamburgCalendar;

@IntegrationTest
class DirectorySearchIntegrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired DirectorySnapshot snapshot;
    @Autowired DirectorySearch search;
    @Autowired OpeningHours openingHours;
    @Autowired PostcodeCentroids centroids;

    private DirectoryFixtures fixtures;
    private final String word = DirectoryFixtures.word();

    @BeforeEach
    void fixtures() {
        fixtures = new DirectoryFixtures(jdbc);
    }

    private DirectoryFixtures.Place in(String postcode, District district, Accessibility... features) {
        GeoPoint centre = centroids.all().get(postcode);
        return DirectoryFixtures.at(postcode, district, centre.latitude(), centre.longitude(), features);
    }

    private static DirectoryQuery words(String text) {
        return new DirectoryQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), false,
                Optional.empty(), Optional.empty(), false, false, false, Optional.of(text), 0);
    }

    private java.util.List<String> names(DirectoryQuery query) {
        return search.search(query).hits().stream().map(hit -> hit.entry().service().name()).toList();
    }

    private java.util.List<String> namesAt(String moment, DirectoryQuery query) {
        DirectorySearch at = new DirectorySearch(snapshot, openingHours, Clock.fixed(Instant.parse(moment), HamburgCalendar.ZONE));
        return at.search(query).hits().stream().map(hit -> hit.entry().service().name()).toList();
    }

    @Test
    void postcode_centres_of_all_hamburg_postcodes_are_loaded_from_geonames() {
        Map<String, GeoPoint> all = centroids.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(100).containsKeys("20095", "21073", "22765", "21029", "22041", "27499");
        GeoPoint townHall = all.get("20095");
        assertThat(townHall.latitude()).isBetween(53.54, 53.56);
        assertThat(townHall.longitude()).isBetween(9.99, 10.02);
    }

    @Test
    void finds_only_published_services_by_their_words_whatever_the_umlauts() {
        fixtures.service("Mieterberatung " + word).description("Hilfe bei Nebenkosten und Mieterhöhung").save();
        fixtures.service("Entwurf " + word).status(ServiceStatus.DRAFT).save();
        fixtures.service("Zurückgezogen " + word).status(ServiceStatus.WITHDRAWN).save();
        snapshot.refresh();

        assertThat(names(words(word))).containsExactly("Mieterberatung " + word);
        assertThat(names(words(word + " MIETERHOEHUNG"))).containsExactly("Mieterberatung " + word);
        assertThat(names(words(word + " mieterhöhung"))).containsExactly("Mieterberatung " + word);
        assertThat(names(words(word + " Schulden"))).isEmpty();
    }

    @Test
    void filters_by_district_topic_language_costs_phone_video_and_visit() {
        fixtures.service("Altona " + word).at(in("22765", District.ALTONA)).topics("HOUSING").languages("de", "tr")
                .appointment(Appointment.WALK_IN).phoneAdvice().save();
        fixtures.service("Harburg " + word).at(in("21073", District.HARBURG)).topics("DEBT").languages("de", "uk")
                .appointment(Appointment.REQUIRED).videoAdvice().fees().save();
        snapshot.refresh();
        DirectoryQuery all = words(word);

        assertThat(names(new DirectoryQuery(Optional.of(District.HARBURG), all.postcode(), all.topic(), all.language(),
                Set.of(), false, Optional.empty(), Optional.empty(), false, false, false, all.text(), 0)))
                .containsExactly("Harburg " + word);
        assertThat(names(new DirectoryQuery(Optional.empty(), Optional.empty(), Optional.of("HOUSING"), Optional.empty(),
                Set.of(), false, Optional.empty(), Optional.empty(), false, false, false, all.text(), 0)))
                .containsExactly("Altona " + word);
        assertThat(names(new DirectoryQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("uk"),
                Set.of(), false, Optional.empty(), Optional.empty(), false, false, false, all.text(), 0)))
                .containsExactly("Harburg " + word);
        assertThat(names(new DirectoryQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Set.of(), false, Optional.empty(), Optional.empty(), true, false, false, all.text(), 0)))
                .as("free of charge").containsExactly("Altona " + word);
        assertThat(names(new DirectoryQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Set.of(), false, Optional.empty(), Optional.empty(), false, true, false, all.text(), 0)))
                .as("phone advice").containsExactly("Altona " + word);
        assertThat(names(new DirectoryQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Set.of(), false, Optional.empty(), Optional.empty(), false, false, true, all.text(), 0)))
                .as("video advice").containsExactly("Harburg " + word);
        assertThat(names(new DirectoryQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Set.of(), false, Optional.empty(), Optional.of(Visit.WALK_IN), false, false, false, all.text(), 0)))
                .containsExactly("Altona " + word);
        assertThat(names(new DirectoryQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Set.of(), false, Optional.empty(), Optional.of(Visit.APPOINTMENT), false, false, false, all.text(), 0)))
                .containsExactly("Harburg " + word);
    }

    @Test
    void accessibility_features_must_all_be_at_the_same_location() {
        fixtures.service("Beide " + word).at(in("20095", District.HAMBURG_MITTE, Accessibility.STEP_FREE, Accessibility.LIFT))
                .save();
        fixtures.service("Verteilt " + word).at(in("20095", District.HAMBURG_MITTE, Accessibility.STEP_FREE))
                .at(in("21073", District.HARBURG, Accessibility.LIFT)).save();
        snapshot.refresh();

        assertThat(names(new DirectoryQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Set.of(Accessibility.STEP_FREE, Accessibility.LIFT), false, Optional.empty(), Optional.empty(), false,
                false, false, Optional.of(word), 0))).containsExactly("Beide " + word);
        assertThat(names(new DirectoryQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Set.of(Accessibility.LIFT), false, Optional.empty(), Optional.empty(), false, false, false,
                Optional.of(word), 0))).containsExactlyInAnyOrder("Beide " + word, "Verteilt " + word);
    }

    @Test
    void nearest_first_from_the_postcode_centre_to_the_nearest_location() {
        fixtures.service("Harburg " + word).at(in("21073", District.HARBURG)).save();
        fixtures.service("Innenstadt " + word).at(in("20095", District.HAMBURG_MITTE)).save();
        fixtures.service("Zwei Orte " + word).at(in("21029", District.BERGEDORF)).at(in("22767", District.ALTONA)).save();
        fixtures.service("Nur Telefon " + word).save();
        snapshot.refresh();

        DirectorySearch.Result fromOttensen = search.search(new DirectoryQuery(Optional.empty(), Optional.of("22765"),
                Optional.empty(), Optional.empty(), Set.of(), false, Optional.empty(), Optional.empty(), false, false,
                false, Optional.of(word), 0));

        assertThat(fromOttensen.unknownPostcode()).isFalse();
        assertThat(fromOttensen.hits()).extracting(hit -> hit.entry().service().name()).containsExactly(
                "Zwei Orte " + word, "Innenstadt " + word, "Harburg " + word, "Nur Telefon " + word);
        assertThat(fromOttensen.hits().get(0).distanceKm().getAsDouble()).isLessThan(1.5);
        assertThat(fromOttensen.hits().get(1).distanceKm().getAsDouble()).isBetween(3.0, 6.0);
        assertThat(fromOttensen.hits().get(3).distanceKm()).isEmpty();
    }

    @Test
    void an_unknown_postcode_is_said_and_the_search_still_answers() {
        fixtures.service("Irgendwo " + word).at(in("20095", District.HAMBURG_MITTE)).save();
        snapshot.refresh();

        DirectorySearch.Result result = search.search(new DirectoryQuery(Optional.empty(), Optional.of("99999"),
                Optional.empty(), Optional.empty(), Set.of(), false, Optional.empty(), Optional.empty(), false, false,
                false, Optional.of(word), 0));

        assertThat(result.unknownPostcode()).isTrue();
        assertThat(result.hits()).singleElement().satisfies(hit -> assertThat(hit.distanceKm()).isEmpty());
    }

    @Test
    void open_now_across_midnight_on_holidays_and_on_exception_days() {
        fixtures.service("Nachtcafe " + word).open(DayOfWeek.FRIDAY, "22:00", "02:00")
                .open(DayOfWeek.SATURDAY, "22:00", "02:00").save();
        fixtures.service("Samstag " + word).open(DayOfWeek.SATURDAY, "10:00", "13:00").save();
        fixtures.service("Sonderoeffnung " + word).otherHoursOn("2026-10-03", "10:00", "12:00").save();
        fixtures.service("Teamtag " + word).open(DayOfWeek.SATURDAY, "10:00", "13:00").closedOn("2026-10-10").save();
        snapshot.refresh();
        DirectoryQuery openNow = new DirectoryQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(), true, Optional.empty(), Optional.empty(), false, false, false,
                Optional.of(word), 0);

        // Saturday 3 October 2026, a public holiday in Hamburg. Times in UTC: Hamburg is two hours ahead in October.
        assertThat(namesAt("2026-10-02T23:30:00Z", openNow)).as("01:30, Friday's night").containsExactly("Nachtcafe " + word);
        assertThat(namesAt("2026-10-03T09:00:00Z", openNow)).as("11:00 on the holiday")
                .containsExactly("Sonderoeffnung " + word);
        assertThat(namesAt("2026-10-03T21:00:00Z", openNow)).as("23:00 on the holiday").isEmpty();
        assertThat(namesAt("2026-10-10T09:00:00Z", openNow)).as("11:00 the Saturday after")
                .containsExactly("Samstag " + word);
        assertThat(namesAt("2026-10-10T21:30:00Z", openNow)).as("23:30 the Saturday after")
                .containsExactly("Nachtcafe " + word);
    }

    @Test
    void open_on_a_weekday_means_the_next_such_day() {
        fixtures.service("Montags " + word).open(DayOfWeek.MONDAY, "09:00", "12:00").save();
        fixtures.service("Samstags " + word).open(DayOfWeek.SATURDAY, "10:00", "13:00").save();
        snapshot.refresh();
        DirectoryQuery onSaturday = new DirectoryQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(), false, Optional.of(DayOfWeek.SATURDAY), Optional.empty(), false, false, false,
                Optional.of(word), 0);

        // Thursday 1 October 2026: the next Saturday is the holiday on 3 October.
        assertThat(namesAt("2026-10-01T08:00:00Z", onSaturday)).isEmpty();
        DirectorySearch at = new DirectorySearch(snapshot, openingHours,
                Clock.fixed(Instant.parse("2026-10-05T08:00:00Z"), HamburgCalendar.ZONE));
        DirectorySearch.Result nextWeek = at.search(onSaturday);
        assertThat(nextWeek.openOnDay()).contains(LocalDate.parse("2026-10-10"));
        assertThat(nextWeek.hits()).extracting(hit -> hit.entry().service().name()).containsExactly("Samstags " + word);
    }

    @Test
    void pages_hold_twenty_results() {
        for (int i = 0; i < 23; i++) {
            fixtures.service(String.format("Seite %02d %s", i, word)).save();
        }
        snapshot.refresh();

        DirectorySearch.Result first = search.search(words(word));
        DirectorySearch.Result second = search.search(new DirectoryQuery(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of(), false, Optional.empty(), Optional.empty(), false, false,
                false, Optional.of(word), 1));

        assertThat(first.total()).isEqualTo(23);
        assertThat(first.hits()).hasSize(20);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.hits()).hasSize(3);
        assertThat(second.hits().get(0).entry().service().name()).startsWith("Seite 20");
    }
}
