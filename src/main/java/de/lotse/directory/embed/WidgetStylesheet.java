package de.lotse.directory.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The widget's only stylesheet: its colours as custom properties, then the fixed rules, which use nothing else. The
 * colours come in here and not in the page because the Content-Security-Policy allows no inline style.
 */
@Component
class WidgetStylesheet {

    private final String rules;

    WidgetStylesheet() {
        try (InputStream css = new ClassPathResource("directory/widget.css").getInputStream()) {
            this.rules = new String(css.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("directory/widget.css missing from the classpath", e);
        }
    }

    /** The stylesheet in these colours; they are {@code #rrggbb} by construction, so nothing needs escaping. */
    String in(WidgetColours colours) {
        return ":root { --widget-colour: " + colours.colour() + "; --widget-background: " + colours.background()
                + "; }\n" + rules;
    }
}
