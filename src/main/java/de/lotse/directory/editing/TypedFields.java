package de.lotse.directory.editing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import de.lotse.directory.DirectoryEntries;

/** Reads typed form fields (texts, choices, times, dates), collecting a problem per field that cannot be taken. */
final class TypedFields {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final List<InvalidEntry.Problem> problems = new ArrayList<>();

    boolean any() {
        return !problems.isEmpty();
    }

    boolean has(String field) {
        return problems.stream().anyMatch(problem -> problem.field().equals(field));
    }

    List<InvalidEntry.Problem> problems() {
        return List.copyOf(problems);
    }

    String required(String field, String typed, int max) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            problem(field, "required");
        } else if (text.length() > max) {
            problem(field, "tooLong", String.valueOf(max));
        }
        return text;
    }

    Optional<String> optional(String field, String typed, int max) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > max) {
            problem(field, "tooLong", String.valueOf(max));
        }
        return Optional.of(text).filter(value -> !value.isEmpty());
    }

    Optional<String> matching(String field, String typed, Pattern pattern, String key) {
        Optional<String> text = optional(field, typed, EntryValidation.MAX_NAME);
        if (text.isPresent() && !pattern.matcher(text.get()).matches()) {
            problem(field, key);
        }
        return text;
    }

    <E extends Enum<E>> Optional<E> oneOf(String field, String typed, Class<E> type) {
        String text = typed == null ? "" : typed.strip();
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(text)) {
                return Optional.of(candidate);
            }
        }
        problem(field, text.isEmpty() ? "required" : "choice");
        return Optional.empty();
    }

    Optional<DayOfWeek> weekday(String field, String typed) {
        try {
            return Optional.of(DirectoryEntries.day(typed == null ? "" : typed.strip()));
        } catch (IllegalArgumentException notAWeekday) {
            problem(field, "required");
            return Optional.empty();
        }
    }

    Optional<LocalTime> time(String field, String typed, boolean needed) {
        return parsed(field, typed, needed, "time", text -> LocalTime.parse(text.length() == 4 ? "0" + text : text, TIME));
    }

    Optional<LocalDate> date(String field, String typed, boolean needed) {
        return parsed(field, typed, needed, "date", LocalDate::parse);
    }

    <T> Optional<T> parsed(String field, String typed, boolean needed, String key, Function<String, T> parser) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            if (needed) {
                problem(field, key);
            }
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(text));
        } catch (DateTimeParseException unreadable) {
            problem(field, key);
            return Optional.empty();
        }
    }

    static Optional<UUID> uuid(String typed) {
        try {
            return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(typed.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    void problem(String field, String key, String... arguments) {
        problems.add(new InvalidEntry.Problem(field, "partner.directory.error." + key, List.of(arguments)));
    }
}
