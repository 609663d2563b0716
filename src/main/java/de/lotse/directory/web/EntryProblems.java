package de.lotse.directory.web;

import java.util.List;
import java.util.Optional;

import de.lotse.directory.editing.InvalidEntry;

/**
 * The problems of an entry form just sent, by field, for the error summary and the messages at the fields. Field
 * names carry row numbers ({@code locations[0].postalCode}); {@link #id} makes an HTML id of them.
 */
public record EntryProblems(List<InvalidEntry.Problem> all) {

    public EntryProblems {
        all = List.copyOf(all);
    }

    public static EntryProblems none() {
        return new EntryProblems(List.of());
    }

    public boolean any() {
        return !all.isEmpty();
    }

    public boolean has(String field) {
        return of(field).isPresent();
    }

    public Optional<InvalidEntry.Problem> of(String field) {
        return all.stream().filter(problem -> problem.field().equals(field)).findFirst();
    }

    /** The input's id: {@code field-locations-0-postalCode}. */
    public static String id(String field) {
        return "field-" + field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    public String invalid(String field) {
        return has(field) ? "true" : null;
    }

    public String fieldClass(String field) {
        return has(field) ? "field field-invalid" : "field";
    }

    /** The input's {@code aria-describedby}: its hint, if it has one, and its error message, if there is one. */
    public String describedBy(String field, boolean hint) {
        String described = ((hint ? id(field) + "-hint " : "") + (has(field) ? id(field) + "-error" : "")).strip();
        return described.isEmpty() ? null : described;
    }
}
