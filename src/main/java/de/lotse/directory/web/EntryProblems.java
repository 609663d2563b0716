package de.lotse.directory.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * What the error summary calls a field, so a line says which field is wrong, not only "Please fill in": the label
     * of the field and, for a field in a repeated row, the row's number and its section.
     */
    public record FieldName(String labelKey, int row, String sectionKey) {

        public boolean inRow() {
            return row > 0;
        }
    }

    private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

    /** Label key prefix per repeated section, and the few row fields whose label lives elsewhere. */
    private static final Map<String, String> ROW_LABELS = Map.of("locations", "location.", "hours", "hours.",
            "days", "days.", "phones", "phone.", "translations", "translation.");
    private static final Map<String, String> SHARED_ROW_LABELS = Map.of("notes", "notes", "days.opens", "hours.opens",
            "days.closes", "hours.closes", "translations.name", "name", "translations.description", "description");

    /** The field's name for the summary; empty for problems of the whole form, such as an edit conflict. */
    public static Optional<FieldName> nameOf(String field) {
        Matcher row = ROW_FIELD.matcher(field);
        if (row.matches()) {
            String section = row.group(1);
            String prefix = ROW_LABELS.get(section);
            if (prefix == null) {
                return Optional.empty();
            }
            String name = row.group(3);
            String label = SHARED_ROW_LABELS.getOrDefault(section + "." + name,
                    SHARED_ROW_LABELS.getOrDefault(name, prefix + name));
            return Optional.of(new FieldName("partner.directory.field." + label, Integer.parseInt(row.group(2)) + 1,
                    "partner.directory.field." + section));
        }
        return field.equals("base") ? Optional.empty()
                : Optional.of(new FieldName("partner.directory.field." + field, 0, null));
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
