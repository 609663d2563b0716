package de.lotse.runtime;

import java.util.regex.Pattern;

import org.springframework.boot.json.JsonWriter.Members;
import org.springframework.boot.json.JsonWriter.ValueProcessor;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * The last line of defence for structured logs: Lotse's own log statements name references, ids and counts only, but
 * a library's message or an exception may quote what it was given. E-mail addresses and status link secrets are
 * masked in every value of a JSON log line, the message and the stack trace alike.
 */
public class PersonalDataRedaction implements StructuredLoggingJsonMembersCustomizer<Object> {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
    /** Status links and consent links carry their secret as the last path segment. */
    private static final Pattern LINK_SECRET = Pattern.compile("(/(?:status|einwilligung)/)[A-Za-z0-9_-]{20,}");

    @Override
    public void customize(Members<Object> members) {
        members.applyingValueProcessor(ValueProcessor.of(String.class, PersonalDataRedaction::redact));
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = EMAIL.matcher(text).replaceAll("[e-mail]");
        return LINK_SECRET.matcher(masked).replaceAll("$1[secret]");
    }
}
