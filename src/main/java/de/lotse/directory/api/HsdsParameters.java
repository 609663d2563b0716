package de.lotse.directory.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import de.lotse.directory.District;

/**
 * Reads the API's query parameters as typed, collecting every problem before answering, so that a client learns all
 * its mistakes from one 400.
 */
final class HsdsParameters {

    static final int MAX_PER_PAGE = 200;
    static final int DEFAULT_PER_PAGE = 50;
    private static final ZoneId HAMBURG = ZoneId.of("Europe/Berlin");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
    private static final int MAX_SEARCH = 200;

    private final List<InvalidParameters.Problem> problems = new ArrayList<>();

    int page(String typed) {
        return number(typed, "page", 1, 1, Integer.MAX_VALUE, "api.problem.hsds.page");
    }

    int perPage(String typed) {
        return number(typed, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE, "api.problem.hsds.perPage");
    }

    private int number(String typed, String name, int absent, int min, int max, String key) {
        if (typed == null || typed.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(typed.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problem(name, key, max);
        return absent;
    }

    boolean flag(String typed, String name) {
        if (typed == null || typed.isBlank()) {
            return false;
        }
        if (typed.equalsIgnoreCase("true") || typed.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(typed);
        }
        problem(name, "api.problem.hsds.boolean");
        return false;
    }

    List<String> search(String typed) {
        if (typed != null && typed.length() > MAX_SEARCH) {
            problem("search", "api.problem.hsds.search", MAX_SEARCH);
            return List.of();
        }
        return ServiceFilter.words(typed);
    }

    Optional<UUID> uuid(String typed, String name) {
        return optional(typed, name, "api.problem.hsds.uuid", UUID::fromString);
    }

    Optional<District> district(String typed) {
        return optional(typed, "district", "api.problem.hsds.district",
                value -> Districts.parse(value).orElseThrow(IllegalArgumentException::new));
    }

    Optional<String> language(String typed) {
        return optional(typed, "language", "api.problem.hsds.language", value -> {
            if (!LANGUAGE.matcher(value).matches()) {
                throw new IllegalArgumentException(value);
            }
            return value;
        });
    }

    Optional<String> postcode(String typed) {
        return optional(typed, "postcode", "api.problem.hsds.postcode", value -> {
            if (!POSTCODE.matcher(value).matches()) {
                throw new IllegalArgumentException(value);
            }
            return value;
        });
    }

    Optional<String> topic(String typed, Topics topics) {
        return optional(typed, "taxonomy_term_id", "api.problem.hsds.taxonomyTerm",
                value -> topics.find(value).orElseThrow(IllegalArgumentException::new).code());
    }

    /** An ISO 8601 timestamp with offset (2026-03-01T00:00:00Z) or a date, meaning its start in Hamburg. */
    Optional<Instant> modifiedAfter(String typed) {
        return optional(typed, "modified_after", "api.problem.hsds.modifiedAfter", value -> {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeException notATimestamp) {
                return LocalDate.parse(value).atStartOfDay(HAMBURG).toInstant();
            }
        });
    }

    private <T> Optional<T> optional(String typed, String name, String key, Function<String, T> parse) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(typed.strip()));
        } catch (RuntimeException invalid) {
            problem(name, key);
            return Optional.empty();
        }
    }

    private void problem(String parameter, String key, Object... arguments) {
        problems.add(new InvalidParameters.Problem(parameter, key, List.of(arguments)));
    }

    /** Throws if any parameter read so far was invalid. */
    void check() {
        if (!problems.isEmpty()) {
            throw new InvalidParameters(problems);
        }
    }
}
