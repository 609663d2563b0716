package de.lotse.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * The XSS probe set of {@code security/xss-probes.txt}, and the check that a page shows probes only as text. Every
 * probe carries a marker {@code xss-N}: a marker in an event handler, a script element or the like means a probe
 * got through.
 */
final class XssProbes {

    static final Path FILE = Path.of("security/xss-probes.txt");

    /** Elements whose content a browser runs or loads rather than shows as text. */
    private static final Set<String> RUNNING = Set.of("script", "style", "iframe", "object", "embed", "svg", "math",
            "meta", "base", "link");

    /** Attributes whose value a browser follows or loads as an address (where {@code javascript:} would run). */
    private static final Set<String> ADDRESSES = Set.of("href", "src", "action", "formaction", "data", "xlink:href",
            "poster", "background");

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
     * The page shows none of the probes as markup. The page is parsed as a browser would (jsoup, HTML5 rules), and no
     * element may carry a probe where it could run: in an event handler attribute, in a script, style, frame, object,
     * SVG or MathML element, or as a {@code javascript:} address. And no probe with a {@code <} appears unescaped.
     */
    static void assertOnlyEscaped(String what, String page, List<String> probes) {
        for (String probe : probes) {
            if (probe.contains("<")) {
                assertThat(page).as(what + ": unescaped probe " + probe).doesNotContain(probe);
            }
        }
        List<String> live = new ArrayList<>();
        for (Element element : Jsoup.parse(page).getAllElements()) {
            if (RUNNING.contains(element.normalName()) && element.outerHtml().contains("xss-")) {
                live.add(element.outerHtml());
            }
            for (Attribute attribute : element.attributes()) {
                String value = attribute.getValue();
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") && value.contains("xss-") || ADDRESSES.contains(name)
                        && value.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Cntrl}]", "").startsWith("javascript:")) {
                    live.add(element.tagName() + " " + attribute.html());
                }
            }
        }
        assertThat(live).as(what + ": probes that could run").isEmpty();
    }

    /** The page shows these probes (as text): proves the check above looked at the place where they are shown. */
    static void assertShown(String what, String page, List<String> probes) {
        for (String probe : probes) {
            assertThat(page).as(what + " shows " + marker(probe)).contains(marker(probe));
        }
    }
}
