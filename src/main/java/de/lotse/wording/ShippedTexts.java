package de.lotse.wording;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import de.lotse.language.Language;

/**
 * The texts as shipped in the message bundles, each language's file on its own (without the key-by-key fallback to
 * German), so that the administrators see what a language really has and what their override replaces.
 */
@Component
public class ShippedTexts {

    static final String BASENAME = "i18n/messages";

    private final Map<Language, Properties> bundles = new EnumMap<>(Language.class);

    ShippedTexts() {
        for (Language language : Language.values()) {
            bundles.put(language, load(BASENAME + suffix(language) + ".properties"));
        }
    }

    /** The file name's suffix: German is the base bundle, Leichte Sprache the German locale's variant LS. */
    static String suffix(Language language) {
        return switch (language) {
            case GERMAN -> "";
            case EASY_GERMAN -> "_de__LS";
            default -> "_" + language.code();
        };
    }

    /** Every key Lotse ships; the German base bundle has them all. */
    public SortedSet<String> keys() {
        return new TreeSet<>(bundles.get(Language.GERMAN).stringPropertyNames());
    }

    public boolean has(String key) {
        return key != null && bundles.get(Language.GERMAN).containsKey(key);
    }

    /** The language's own text for the key, empty when the language falls back to German for it. */
    public Optional<String> of(String key, Language language) {
        return Optional.ofNullable(bundles.get(language).getProperty(key));
    }

    /** The German text, which defines a key's placeholders and markup for every language. */
    public String german(String key) {
        return bundles.get(Language.GERMAN).getProperty(key);
    }

    private static Properties load(String path) {
        Properties properties = new Properties();
        ClassPathResource resource = new ClassPathResource(path);
        if (!resource.exists()) {
            return properties; // a language whose translation has not arrived yet
        }
        try (InputStream in = resource.getInputStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("message bundle " + path + " unreadable", unreadable);
        }
        return properties;
    }
}
