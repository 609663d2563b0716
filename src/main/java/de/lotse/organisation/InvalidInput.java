package de.lotse.organisation;

import java.util.List;

/** What a person typed cannot be taken; each problem names its field and a message key, so the page says it. */
public class InvalidInput extends RuntimeException {

    /** One field's problem, as a message key of the bundles. */
    public record Problem(String field, String messageKey) {
    }

    private final transient List<Problem> problems;

    InvalidInput(List<Problem> problems) {
        super("Invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
