package de.lotse.directory.api;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: comma separated, CRLF between records, a field in double quotes when it holds a comma, a quote or a
 * line break, a quote inside doubled. Small enough to keep here rather than add a library for two files.
 */
final class Csv {

    private Csv() {
    }

    /** One record per row; every row ends with CRLF. */
    static String write(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(field(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /** A record as read, with the line it starts on (1 = the header), for problem reports. */
    record Row(int line, List<String> fields) {
    }

    /** Thrown for text that is not CSV, e.g. a quote that never closes. */
    static final class Malformed extends RuntimeException {
        private final int line;

        Malformed(int line) {
            super("Malformed CSV from line " + line);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /** Reads records; accepts LF as well as CRLF, skips blank lines and a byte order mark some spreadsheets add. */
    static List<Row> read(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int start = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0 || wasQuoted) {
                    throw new Malformed(line);
                }
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                if (!(fields.size() == 1 && fields.get(0).isEmpty() && !wasQuoted)) {
                    rows.add(new Row(start, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                wasQuoted = false;
                line++;
                start = line;
            } else {
                if (wasQuoted) {
                    throw new Malformed(line);
                }
                field.append(c);
            }
        }
        if (quoted) {
            throw new Malformed(start);
        }
        if (field.length() > 0 || !fields.isEmpty() || wasQuoted) {
            fields.add(field.toString());
            rows.add(new Row(start, List.copyOf(fields)));
        }
        return rows;
    }
}
