package de.lotse.web;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The sites that may show the embeddable widget in a frame, as the Content-Security-Policy's {@code frame-ancestors}
 * sources: {@code *} for any site (the default: the widget holds only public data), or origins such as
 * {@code https://www.team-arbeit-hamburg.de https://*.hamburg.de}. Checked at start, so that a typo cannot widen or
 * break the policy: only schemes, host names with an optional leading wildcard, and ports pass.
 */
final class FrameAncestors {

    private static final Pattern SOURCE = Pattern
            .compile("\\*|'self'|https?://(\\*\\.)?[a-zA-Z0-9-]+(\\.[a-zA-Z0-9-]+)*(:(\\d{1,5}|\\*))?");

    private FrameAncestors() {
    }

    /** The configured list (separated by spaces or commas) as the directive's value. */
    static String directive(String configured) {
        List<String> sources = Arrays.stream(configured.split("[\\s,]+")).filter(source -> !source.isEmpty()).toList();
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("lotse.directory.widget.frame-ancestors is empty; use * for any site");
        }
        for (String source : sources) {
            if (!SOURCE.matcher(source).matches()) {
                throw new IllegalArgumentException("lotse.directory.widget.frame-ancestors: '" + source
                        + "' is no origin such as https://www.example.de (nor *)");
            }
        }
        return String.join(" ", sources);
    }
}
