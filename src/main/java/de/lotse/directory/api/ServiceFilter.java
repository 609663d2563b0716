package de.lotse.directory.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import de.lotse.directory.District;
import de.lotse.directory.DirectoryEntry;

/**
 * The filters of the HSDS API's service lists; every one given must match.
 *
 * @param words every word must occur in the service's or organization's name or description (case ignored)
 */
record ServiceFilter(List<String> words, Optional<String> topic, Optional<UUID> organization,
        Optional<District> district, Optional<String> language, Optional<String> postcode,
        Optional<Instant> modifiedAfter) {

    static ServiceFilter none() {
        return new ServiceFilter(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    static List<String> words(String search) {
        if (search == null || search.isBlank()) {
            return List.of();
        }
        return List.of(search.strip().toLowerCase(Locale.GERMAN).split("\\s+"));
    }

    boolean matches(DirectoryEntry entry, Instant modified) {
        if (organization.isPresent() && !organization.get().equals(entry.organization().id())) {
            return false;
        }
        if (topic.isPresent() && !entry.topics().contains(topic.get())) {
            return false;
        }
        if (language.isPresent() && entry.languages().stream().noneMatch(language.get()::equalsIgnoreCase)) {
            return false;
        }
        if (district.isPresent() && entry.locations().stream().noneMatch(l -> l.district() == district.get())) {
            return false;
        }
        if (postcode.isPresent() && entry.locations().stream().noneMatch(l -> l.postalCode().equals(postcode.get()))) {
            return false;
        }
        if (modifiedAfter.isPresent() && !modified.isAfter(modifiedAfter.get())) {
            return false;
        }
        if (!words.isEmpty()) {
            String text = String.join(" ", entry.service().name(), entry.service().description(),
                    entry.organization().name(), entry.organization().alternateName().orElse(""),
                    entry.organization().description()).toLowerCase(Locale.GERMAN);
            return words.stream().allMatch(text::contains);
        }
        return true;
    }

    /** The same filter, for a location of the service (district and postcode then apply to that location only). */
    boolean matchesAt(DirectoryEntry.Location location) {
        return district.map(d -> location.district() == d).orElse(true)
                && postcode.map(p -> location.postalCode().equals(p)).orElse(true);
    }
}
