package de.lotse.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills the variables of a mapping's path with well-formed values that name nothing. */
final class PathValues {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    private PathValues() {
    }

    static String fill(String pattern) {
        return fill(pattern, java.util.Map.of());
    }

    /** Uses the given value for a variable where there is one, else a harmless placeholder. */
    static String fill(String pattern, java.util.Map<String, String> values) {
        Matcher variable = VARIABLE.matcher(pattern.replace("/**", ""));
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String name = variable.group(1);
            String value = values.getOrDefault(name, switch (name) {
                case "id", "change", "service", "transaction" -> "00000000-0000-4000-8000-000000000000";
                case "quarter" -> "2026-Q1";
                default -> "abcdefghijklmnop";
            });
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        variable.appendTail(path);
        return path.toString();
    }
}
