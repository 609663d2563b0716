package de.lotse.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class EntryProblemsUnitTest {

    @Test
    void a_row_field_is_named_by_its_label_row_number_and_section() {
        assertThat(EntryProblems.nameOf("locations[1].postalCode")).contains(new EntryProblems.FieldName(
                "partner.directory.field.location.postalCode", 2, "partner.directory.field.locations"));
        assertThat(EntryProblems.nameOf("days[0].closes").orElseThrow().labelKey())
                .isEqualTo("partner.directory.field.hours.closes");
        assertThat(EntryProblems.nameOf("translations[3].name").orElseThrow().labelKey())
                .isEqualTo("partner.directory.field.name");
    }

    @Test
    void a_plain_field_is_named_by_its_label_and_a_conflict_by_nothing() {
        assertThat(EntryProblems.nameOf("organizationName")).contains(
                new EntryProblems.FieldName("partner.directory.field.organizationName", 0, null));
        assertThat(EntryProblems.nameOf("base")).isEmpty();
    }

    @Test
    void every_field_the_validation_can_complain_about_has_a_label_text() throws IOException {
        Properties german = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/i18n/messages.properties"),
                StandardCharsets.UTF_8)) {
            german.load(reader);
        }
        List<String> fields = List.of("organizationName", "organizationDescription", "organizationEmail",
                "organizationWebsite", "name", "description", "easyDescription", "feesDescription", "email", "website",
                "languages", "topics", "locations", "locations[0].name", "locations[0].address",
                "locations[0].postalCode", "locations[0].city", "locations[0].district", "locations[0].transportation",
                "hours[0].kind", "hours[0].day", "hours[0].opens", "hours[0].closes", "hours[0].location",
                "hours[0].validTo", "hours[0].notes", "days[0].day", "days[0].opens", "days[0].closes", "days[0].notes",
                "phones[0].number", "phones[0].description", "translations[0].language", "translations[0].name",
                "translations[0].description");
        for (String field : fields) {
            EntryProblems.FieldName name = EntryProblems.nameOf(field).orElseThrow();
            assertThat(german).as("label of %s", field).containsKey(name.labelKey());
            if (name.inRow()) {
                assertThat(german).as("section of %s", field).containsKey(name.sectionKey());
            }
        }
    }
}
