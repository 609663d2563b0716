package de.lotse.concerns;

import java.util.List;

/**
 * What is wrong with one field, as a message key and its arguments, so that each channel says it in the reader's
 * language.
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }
}
