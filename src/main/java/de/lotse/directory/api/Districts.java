package de.lotse.directory.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.lotse.directory.District;

/** Hamburg's districts by their official names, as the open data shows them (HSDS address {@code region}). */
final class Districts {

    private static final Map<District, String> NAMES = Map.of(District.HAMBURG_MITTE, "Hamburg-Mitte",
            District.ALTONA, "Altona", District.EIMSBUETTEL, "Eimsbüttel", District.HAMBURG_NORD, "Hamburg-Nord",
            District.WANDSBEK, "Wandsbek", District.BERGEDORF, "Bergedorf", District.HARBURG, "Harburg");

    private Districts() {
    }

    static String name(District district) {
        return NAMES.get(district);
    }

    /** By official name or constant name, in any case ("Eimsbüttel", "EIMSBUETTEL", "eimsbüttel"). */
    static Optional<District> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String wanted = typed.strip();
        return Arrays.stream(District.values())
                .filter(d -> d.name().equalsIgnoreCase(wanted) || NAMES.get(d).toLowerCase(Locale.GERMAN)
                        .equals(wanted.toLowerCase(Locale.GERMAN)))
                .findFirst();
    }
}
