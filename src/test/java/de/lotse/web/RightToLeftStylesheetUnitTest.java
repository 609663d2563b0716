package de.lotse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stylesheets mirror for Arabic and Dari/Farsi only if they say "start" and "end", never "left" and "right": one
 * {@code margin-left} puts a gap on the wrong side of every right-to-left page. The only physical side allowed is the
 * right alignment that right-to-left rules ask for explicitly.
 */
class RightToLeftStylesheetUnitTest {

    private static final Pattern PHYSICAL = Pattern.compile(
            "(?:margin|padding|border|inset)-(?:left|right)|(?<![\\w-])(?:left|right)\\s*:|float\\s*:\\s*(?:left|right)"
                    + "|text-align\\s*:\\s*(?:left|right)|clear\\s*:\\s*(?:left|right)");

    @ParameterizedTest
    @ValueSource(strings = { "src/main/resources/static/css/lotse.css", "src/main/resources/directory/widget.css" })
    void a_stylesheet_names_no_physical_side_outside_right_to_left_rules(String file) throws IOException {
        String css = Files.readString(Path.of(file)).replaceAll("(?s)/\\*.*?\\*/", "");
        List<String> offending = css.lines().filter(line -> !line.strip().startsWith("[dir=rtl]"))
                .filter(line -> PHYSICAL.matcher(line).find()).toList();
        assertThat(offending).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "margin-left: 1rem", "left: 0", "text-align: right", "float: left", "padding-right:2px" })
    void the_check_catches_physical_sides(String declaration) {
        Matcher matcher = PHYSICAL.matcher(".x { " + declaration + "; }");
        assertThat(matcher.find()).isTrue();
    }
}
