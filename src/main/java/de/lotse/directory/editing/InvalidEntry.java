package de.lotse.directory.editing;

import java.util.List;

/** What an editor typed cannot be taken: each problem names its form field and a message key (with arguments). */
public class InvalidEntry extends RuntimeException {

    public record Problem(String field, String messageKey, List<String> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        Problem(String field, String messageKey) {
            this(field, messageKey, List.of());
        }
    }

    private final transient List<Problem> problems;

    InvalidEntry(List<Problem> problems) {
        super("Invalid directory entry: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
