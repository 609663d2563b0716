package de.lotse.directory.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.lotse.directory.Accessibility;
import de.lotse.directory.Appointment;
import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.District;
import de.lotse.directory.ServiceStatus;
import de.lotse.directory.Translation;

/** Two versions of an entry compared field by field: every field named, only real differences flagged. */
class EntryDiffUnitTest {

    private static final UUID SERVICE = UUID.randomUUID();
    private static final UUID ORGANIZATION = UUID.randomUUID();
    private static final UUID LOCATION = UUID.randomUUID();

    private static Proposal entry(String name, String closes, Set<String> languages, List<Translation> translations) {
        DirectoryEntry.Organization organization = new DirectoryEntry.Organization(ORGANIZATION, "Verein", Optional.empty(),
                "Ein Verein", Optional.of("Diakonie"), Optional.empty(), Optional.empty(), false);
        DirectoryEntry.Service service = new DirectoryEntry.Service(SERVICE, ORGANIZATION, name, "Hilfe", Optional.empty(),
                ServiceStatus.PUBLISHED, true, Optional.empty(), Appointment.BOTH, true, false, Optional.empty(),
                Optional.empty(), Optional.empty());
        DirectoryEntry.Location location = new DirectoryEntry.Location(LOCATION, "Laden", "Musterstraße 1", "22765",
                "Hamburg", District.ALTONA, 53.55, 9.93, Optional.empty(), Set.of(Accessibility.LIFT));
        DirectoryEntry.Schedule hours = new DirectoryEntry.Schedule(UUID.randomUUID(), Optional.of(LOCATION),
                DirectoryEntry.Schedule.Kind.OPENING, DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.parse(closes),
                Optional.empty(), Optional.empty(), Optional.empty());
        return new Proposal(new DirectoryEntry(service, organization, List.of(location), List.of(hours), List.of(),
                languages, Set.of("SGB2"), List.of()), translations);
    }

    @Test
    void only_what_differs_counts_as_changed() {
        Proposal before = entry("Beratung", "13:00", Set.of("de", "uk"), List.of());
        Proposal after = entry("Beratung neu", "14:00", Set.of("uk", "de"),
                List.of(new Translation("en", Translation.NAME, "Advice")));

        assertThat(EntryDiff.changed(Optional.of(before), Optional.of(after)))
                .containsExactly("name", "hours", "translations");
        assertThat(EntryDiff.between(Optional.of(before), Optional.of(after))).extracting(EntryDiff.Field::key)
                .containsExactlyElementsOf(EntryDiff.fieldKeys());
        assertThat(EntryDiff.between(Optional.of(before), Optional.of(after))).filteredOn(field -> field.key().equals("hours"))
                .singleElement().satisfies(field -> {
                    assertThat(field.before()).isEqualTo("OPENING MO 09:00–13:00 @ Laden");
                    assertThat(field.after()).isEqualTo("OPENING MO 09:00–14:00 @ Laden");
                });
    }

    @Test
    void a_new_entry_changes_every_field_it_fills() {
        assertThat(EntryDiff.changed(Optional.empty(), Optional.of(entry("Neu", "13:00", Set.of("de"), List.of()))))
                .contains("name", "description", "locations", "hours", "languages", "topics")
                .doesNotContain("email", "days", "phones", "translations");
    }
}
