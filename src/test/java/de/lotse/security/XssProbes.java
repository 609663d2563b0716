package de.lotse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The XSS probe set of {@code security/xss-probes.txt}, and the check that a page shows probes only as text. Every
 * probe carries a marker {@code xss-N}: a marker inside a real tag's event handler, a real script element or a
 * {@code javascript:} address means a probe got through.
 */
final class XssProbes {

    static final Path FILE = Path.of("security/xss-probes.txt");

    private static final List<Pattern> LIVE = List.of(
            // a tag of the page with an event handler holding a probe
            Pattern.compile("<[a-zA-Z][^<>]*\\son[a-zA-Z]+\\s*=[^<>]*xss-\\d+", Pattern.CASE_INSENSITIVE),
            // a script, style or object element holding a probe
            Pattern.compile("<(script|style|object|iframe|meta|svg|math)\\b[^<]*xss-\\d+", Pattern.CASE_INSENSITIVE),
            // an address of the page that runs script
            Pattern.compile("(href|src|action|data|content|formaction)\\s*=\\s*[\"']?[^\"'<>]*javascript:", Pattern.CASE_INSENSITIVE));

    private XssProbes() {
    }

    static List<String> all() {
        try {
            List<String> probes = new ArrayList<>();
            for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("# ")) {
                    probes.add(line);
                }
            }
            assertThat(probes).as("probes in " + FILE).hasSizeGreaterThan(20);
            return probes;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static String marker(String probe) {
        Matcher marker = Pattern.compile("xss-\\d+").matcher(probe);
        return marker.find() ? marker.group() : probe;
    }

    /** All probes joined, as one long text (a description or a mail body). */
    static String joined() {
        return String.join("\n", all());
    }

    /**
     * The page shows none of the probes as markup: no probe with markup characters appears unescaped, and no tag,
     * script or address of the page carries a probe.
     */
    static void assertOnlyEscaped(String what, String page, List<String> probes) {
        for (String probe : probes) {
            if (probe.matches(".*[<>\"'].*")) {
                assertThat(page).as(what + ": unescaped probe " + probe).doesNotContain(probe);
            }
        }
        for (Pattern live : LIVE) {
            Matcher found = live.matcher(page);
            assertThat(found.find()).as(what + ": live probe " + (found.hitEnd() ? "" : safeGroup(found))).isFalse();
        }
    }

    /** The page shows these probes (as text): proves the check above looked at the place where they are shown. */
    static void assertShown(String what, String page, List<String> probes) {
        for (String probe : probes) {
            assertThat(page).as(what + " shows " + marker(probe)).contains(marker(probe));
        }
    }

    private static String safeGroup(Matcher found) {
        try {
            return found.group();
        } catch (IllegalStateException none) {
            return "";
        }
    }
}
