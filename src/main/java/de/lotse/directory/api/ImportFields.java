package de.lotse.directory.api;

import de.lotse.directory.DirectoryEntries;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import de.lotse.directory.Accessibility;
import de.lotse.directory.District;
import de.lotse.directory.DirectoryEntry.Schedule;

/**
 * Reads the fields of one record of an import file (a CSV row, a JSON object), noting every problem with its place
 * instead of stopping at the first, so the coordinator sees all of them at once.
 */
final class ImportFields {

    static final String ERROR = "admin.directory.import.error.";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern HOURS = Pattern.compile(
            "(MO|TU|WE|TH|FR|SA|SU) (\\d{1,2}:\\d{2})-(\\d{1,2}:\\d{2})(?: \\((\\d{4}-\\d{2}-\\d{2})?/(\\d{4}-\\d{2}-\\d{2})?\\))?");

    private final List<ImportProblem> problems;
    private final int line;
    private final String path;

    ImportFields(List<ImportProblem> problems, int line, String path) {
        this.problems = problems;
        this.line = line;
        this.path = path;
    }

    ImportFields at(String subPath) {
        return new ImportFields(problems, line, path.isEmpty() ? subPath : path + "." + subPath);
    }

    void problem(String field, String key, Object... arguments) {
        problems.add(new ImportProblem(line, path, field, ERROR + key, List.of(arguments)));
    }

    Optional<String> optional(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    String required(String field, String value) {
        Optional<String> present = optional(value);
        if (present.isEmpty()) {
            problem(field, "required");
            return "";
        }
        return present.get();
    }

    UUID uuid(String field, String value) {
        String typed = required(field, value);
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(typed);
        } catch (IllegalArgumentException notAnId) {
            problem(field, "uuid");
            return null;
        }
    }

    Optional<UUID> optionalUuid(String field, String value) {
        return optional(value).isEmpty() ? Optional.empty() : Optional.ofNullable(uuid(field, value));
    }

    boolean bool(String field, String value, boolean absent) {
        Optional<String> typed = optional(value);
        if (typed.isEmpty()) {
            return absent;
        }
        if (typed.get().equalsIgnoreCase("true") || typed.get().equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(typed.get());
        }
        problem(field, "boolean");
        return absent;
    }

    <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, E absent) {
        Optional<String> typed = optional(value);
        if (typed.isEmpty()) {
            return absent;
        }
        try {
            return Enum.valueOf(type, typed.get().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problem(field, "oneOf", Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
            return absent;
        }
    }

    Optional<LocalDate> date(String field, String value) {
        Optional<String> typed = optional(value);
        try {
            return typed.map(LocalDate::parse);
        } catch (DateTimeParseException notADate) {
            problem(field, "date");
            return Optional.empty();
        }
    }

    Optional<LocalTime> time(String field, String value) {
        Optional<String> typed = optional(value);
        try {
            return typed.map(ImportFields::parseTime);
        } catch (DateTimeParseException notATime) {
            problem(field, "time");
            return Optional.empty();
        }
    }

    private static LocalTime parseTime(String typed) {
        // HSDS allows a zone suffix; the directory's times are Hamburg's local time.
        String local = typed.replaceFirst("(Z|[+-]\\d{2}:?\\d{2})$", "");
        return LocalTime.parse(local.length() == 4 ? "0" + local : local);
    }

    Optional<String> email(String field, String value) {
        Optional<String> typed = optional(value);
        if (typed.isPresent() && !EMAIL.matcher(typed.get()).matches()) {
            problem(field, "email");
            return Optional.empty();
        }
        return typed;
    }

    Optional<String> url(String field, String value) {
        Optional<String> typed = optional(value);
        if (typed.isPresent()) {
            try {
                URI uri = new URI(typed.get());
                if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                        && uri.getHost() != null) {
                    return typed;
                }
            } catch (URISyntaxException invalid) {
                // reported below
            }
            problem(field, "url");
            return Optional.empty();
        }
        return typed;
    }

    double coordinate(String field, String value, double min, double max) {
        String typed = required(field, value);
        if (typed.isEmpty()) {
            return 0;
        }
        try {
            double number = Double.parseDouble(typed);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problem(field, "coordinate", min, max);
        return 0;
    }

    String postcode(String field, String value) {
        String typed = required(field, value);
        if (!typed.isEmpty() && !POSTCODE.matcher(typed).matches()) {
            problem(field, "postcode");
        }
        return typed;
    }

    District district(String field, String value) {
        String typed = required(field, value);
        if (typed.isEmpty()) {
            return District.HAMBURG_MITTE;
        }
        return Districts.parse(typed).orElseGet(() -> {
            problem(field, "district", Arrays.stream(District.values()).map(Districts::name)
                    .collect(Collectors.joining(", ")));
            return District.HAMBURG_MITTE;
        });
    }

    /** Splits a CSV cell holding a list ("de; uk; ar"). */
    static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(";")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }

    Set<String> languages(String field, List<String> codes) {
        Set<String> languages = new LinkedHashSet<>();
        for (String code : codes) {
            if (LANGUAGE.matcher(code).matches()) {
                languages.add(code);
            } else {
                problem(field, "language", code);
            }
        }
        return languages;
    }

    Set<String> topics(String field, List<String> codes, Set<String> known) {
        Set<String> topics = new LinkedHashSet<>();
        for (String code : codes) {
            if (known.contains(code)) {
                topics.add(code);
            } else {
                problem(field, "topic", code, String.join(", ", known));
            }
        }
        return topics;
    }

    Set<Accessibility> accessibility(String field, List<String> codes) {
        Set<Accessibility> features = EnumSet.noneOf(Accessibility.class);
        for (String code : codes) {
            try {
                features.add(Accessibility.valueOf(code));
            } catch (IllegalArgumentException unknown) {
                problem(field, "accessibility", code, Arrays.stream(Accessibility.values()).map(Enum::name)
                        .collect(Collectors.joining(", ")));
            }
        }
        return features;
    }

    /** Hours as the CSV writes them: "MO 09:00-13:00 (2026-01-01/2026-06-30); TU 14:00-16:00". */
    List<Schedule> hours(String field, String value, Schedule.Kind kind, Optional<UUID> location) {
        List<Schedule> schedules = new ArrayList<>();
        for (String part : list(value)) {
            Matcher matcher = HOURS.matcher(part);
            if (!matcher.matches()) {
                problem(field, "hours", part);
                continue;
            }
            Optional<LocalTime> opens = time(field, matcher.group(2));
            Optional<LocalTime> closes = time(field, matcher.group(3));
            Optional<LocalDate> from = date(field, matcher.group(4));
            Optional<LocalDate> to = date(field, matcher.group(5));
            if (opens.isEmpty() || closes.isEmpty()) {
                continue;
            }
            if (opens.get().equals(closes.get())) {
                problem(field, "sameTimes", part);
                continue;
            }
            schedules.add(new Schedule(UUID.randomUUID(), location, kind, DirectoryEntries.day(matcher.group(1)), opens.get(),
                    closes.get(), from, to, Optional.empty()));
        }
        return schedules;
    }
}
