package de.lotse.concerns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReferenceUnitTest {

    private final Random random = new Random(42);

    @Test
    void looks_like_HH_year_four_and_two_characters() {
        Reference reference = Reference.next("HH", 2026, random);
        assertThat(reference.value()).matches("HH-2026-[2-9A-Z]{4}-[2-9A-Z]{2}");
    }

    @Test
    void never_uses_characters_people_confuse_on_the_phone() {
        for (int i = 0; i < 2_000; i++) {
            String code = Reference.next("HH", 2026, random).value().substring(8);
            assertThat(code).doesNotContain("0", "O", "1", "I", "L");
        }
    }

    @Test
    void check_character_catches_every_single_wrong_character() {
        Reference reference = Reference.next("HH", 2026, random);
        char[] chars = reference.value().toCharArray();
        for (int position : new int[] { 8, 9, 10, 11, 13, 14 }) {
            for (char replacement : Reference.ALPHABET.toCharArray()) {
                if (replacement == chars[position]) {
                    continue;
                }
                char[] typo = chars.clone();
                typo[position] = replacement;
                assertThat(Reference.parse(new String(typo))).as("typo %s", new String(typo)).isEmpty();
            }
        }
    }

    @Test
    void check_character_catches_swapped_neighbours() {
        int caught = 0;
        int swaps = 0;
        for (int i = 0; i < 500; i++) {
            String value = Reference.next("HH", 2026, random).value();
            String compact = value.substring(8, 12) + value.substring(13);
            for (int p = 0; p < compact.length() - 1; p++) {
                if (compact.charAt(p) == compact.charAt(p + 1)) {
                    continue;
                }
                char[] swapped = compact.toCharArray();
                swapped[p] = compact.charAt(p + 1);
                swapped[p + 1] = compact.charAt(p);
                swaps++;
                if (Reference.parse("HH-2026-" + new String(swapped)).isEmpty()) {
                    caught++;
                }
            }
        }
        assertThat(caught).isEqualTo(swaps).isPositive();
    }

    @Test
    void reads_what_a_person_types_in_any_case_with_blanks() {
        Reference reference = Reference.next("HH", 2026, random);
        String typed = " " + reference.value().toLowerCase().replace("-", " ") + " ";
        assertThat(Reference.parse(typed)).contains(reference);
    }

    @Test
    void rejects_malformed_references() {
        assertThat(Reference.parse("HH-2026-7KQ4")).isEmpty();
        assertThat(Reference.parse(null)).isEmpty();
        assertThatThrownBy(() -> new Reference("HH-2026-0000-00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void is_practically_unique() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(Reference.next("HH", 2026, random).value());
        }
        assertThat(seen).hasSizeGreaterThan(9_990);
    }
}
