package de.lotse.organisation.web;

import java.util.List;
import java.util.Optional;

import de.lotse.organisation.InvalidInput;

/** The problems of a form just sent, by field, for the error summary and the messages at the fields. */
public record FormProblems(List<InvalidInput.Problem> all) {

    public FormProblems {
        all = List.copyOf(all);
    }

    public static FormProblems none() {
        return new FormProblems(List.of());
    }

    public boolean any() {
        return !all.isEmpty();
    }

    public boolean has(String field) {
        return of(field).isPresent();
    }

    /** The message key of the field's problem. */
    public Optional<String> of(String field) {
        return all.stream().filter(problem -> problem.field().equals(field)).map(InvalidInput.Problem::messageKey).findFirst();
    }

    /** The input's {@code aria-describedby}: its hint, if it has one, and its error message, if there is one. */
    public String describedBy(String field, boolean hint) {
        String described = ((hint ? field + "-hint " : "") + (has(field) ? field + "-error" : "")).strip();
        return described.isEmpty() ? null : described;
    }
}
