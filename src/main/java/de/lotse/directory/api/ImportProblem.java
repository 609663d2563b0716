package de.lotse.directory.api;

import java.util.List;

/**
 * One thing wrong with an import file, where it is: a CSV line (1 is the header) or a JSON path, and the field.
 *
 * @param line the CSV line, 0 when not a CSV line
 * @param path where in the JSON document, empty for CSV
 * @param field the column or field, empty for the file as a whole
 */
public record ImportProblem(int line, String path, String field, String messageKey, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }
}
