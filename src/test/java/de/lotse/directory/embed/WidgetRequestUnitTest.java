package de.lotse.directory.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.lotse.directory.DirectoryQuery;
import de.lotse.directory.District;
import de.lotse.language.Language;

class WidgetRequestUnitTest {

    private static WidgetRequest request(Map<String, String> parameters) {
        return WidgetRequest.of(parameters, "lang");
    }

    @Test
    void filters_the_search_by_district_topic_advice_language_and_postcode() {
        DirectoryQuery query = request(Map.of("bezirk", "ALTONA", "thema", "DEBT", "sprache", "uk", "plz", "22765"))
                .query();

        assertThat(query.district()).contains(District.ALTONA);
        assertThat(query.topic()).contains("DEBT");
        assertThat(query.language()).contains("uk");
        assertThat(query.postcode()).contains("22765");
        assertThat(query.text()).isEmpty();
        assertThat(query.openNow()).isFalse();
    }

    @Test
    void leaves_out_what_it_does_not_understand_instead_of_failing() {
        WidgetRequest request = request(Map.of("bezirk", "MARS", "thema", "<script>", "sprache", "x\"y", "plz", "1234",
                "anzahl", "many", "lang", "tlh"));

        assertThat(request).isEqualTo(WidgetRequest.standard());
        assertThat(request.widgetPath()).isEqualTo("/beratung/widget");
    }

    @Test
    void shows_between_one_and_twenty_centres() {
        assertThat(request(Map.of("anzahl", "0")).count()).isEqualTo(1);
        assertThat(request(Map.of("anzahl", "500")).count()).isEqualTo(WidgetRequest.MAX_COUNT);
        assertThat(request(Map.of()).count()).isEqualTo(WidgetRequest.DEFAULT_COUNT);
    }

    @Test
    void forgets_a_topic_the_directory_does_not_have() {
        assertThat(request(Map.of("thema", "GONE")).knowingTopics(Set.of("DEBT")).topic()).isEmpty();
        assertThat(request(Map.of("thema", "DEBT")).knowingTopics(Set.of("DEBT")).topic()).contains("DEBT");
    }

    @Test
    void its_links_carry_the_choices_and_colours_without_hash() {
        WidgetRequest request = request(Map.of("bezirk", "HARBURG", "thema", "DEBT", "anzahl", "3", "lang", "de-LS",
                "farbe", "#FFFFFF", "hintergrund", "#1b1b1b"));

        assertThat(request.language()).isEqualTo(Language.EASY_GERMAN);
        assertThat(request.widgetPath()).isEqualTo(
                "/beratung/widget?bezirk=HARBURG&thema=DEBT&anzahl=3&lang=de-LS&farbe=ffffff&hintergrund=1b1b1b");
        assertThat(request.stylesheetPath()).isEqualTo("/beratung/widget.css?farbe=ffffff&hintergrund=1b1b1b");
        assertThat(request.directoryPath()).isEqualTo("/beratung?bezirk=HARBURG&thema=DEBT&lang=de-LS");
        assertThat(request.directoryPath(Optional.empty())).isEqualTo("/beratung?thema=DEBT&lang=de-LS");
        UUID service = UUID.fromString("00000000-0000-0000-0000-000000000001");
        assertThat(request.entryPath(service)).isEqualTo("/beratung/" + service + "?lang=de-LS");
    }

    @Test
    void unreadable_colours_are_left_out_of_the_links() {
        WidgetRequest request = request(Map.of("farbe", "#eeeeee", "hintergrund", "#ffffff"));

        assertThat(request.colours()).isEqualTo(WidgetColours.STANDARD);
        assertThat(request.stylesheetPath()).isEqualTo("/beratung/widget.css");
    }
}
