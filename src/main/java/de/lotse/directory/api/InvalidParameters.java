package de.lotse.directory.api;

import java.util.List;

/** Query or path parameters the API cannot use; each problem names its parameter and a message key. */
class InvalidParameters extends RuntimeException {

    record Problem(String parameter, String messageKey, List<Object> arguments) {
    }

    private final List<Problem> problems;

    InvalidParameters(List<Problem> problems) {
        super("Invalid parameters: " + problems.stream().map(Problem::parameter).toList());
        this.problems = List.copyOf(problems);
    }

    List<Problem> problems() {
        return problems;
    }
}
