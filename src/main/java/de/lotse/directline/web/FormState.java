package de.lotse.directline.web;

import java.util.List;
import java.util.Optional;

import de.lotse.concerns.FieldProblem;

/** The problems of a form sent, with the helpers the templates need for accessible error messages. */
public record FormState(List<FieldProblem> problems) {

    public static FormState clean() {
        return new FormState(List.of());
    }

    public Optional<FieldProblem> problem(String field) {
        return problems.stream().filter(problem -> problem.field().equals(field)).findFirst();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The ids of the hint and error texts that describe a field, for aria-describedby; null when there are none. */
    public String describedBy(String field, boolean hasHint) {
        String ids = ((hasHint ? field + "-hint" : "") + " " + (problem(field).isPresent() ? field + "-error" : "")).strip();
        return ids.isEmpty() ? null : ids;
    }

    public String invalid(String field) {
        return problem(field).isPresent() ? "true" : null;
    }

    public String fieldClass(String field) {
        return problem(field).isPresent() ? "field field-invalid" : "field";
    }
}
