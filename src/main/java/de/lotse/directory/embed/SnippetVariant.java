package de.lotse.directory.embed;

import java.util.Arrays;

/** What a homepage editor can take: the live widget in a frame, a static HTML list, or a block of links. */
public enum SnippetVariant {

    IFRAME("iframe"), LIST("html"), LINKS("links");

    private final String parameter;

    SnippetVariant(String parameter) {
        this.parameter = parameter;
    }

    /** The value in the generator's address ({@code variante=}). */
    public String parameter() {
        return parameter;
    }

    static SnippetVariant of(String value) {
        return Arrays.stream(values()).filter(variant -> variant.parameter.equals(value)).findFirst().orElse(IFRAME);
    }
}
