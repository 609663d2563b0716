package de.lotse.directory;

/**
 * An entry's text in another language than German, written by its editors: the service's name or description
 * ({@link #NAME}, {@link #DESCRIPTION}) in a language given by its code (en, uk, tr …).
 */
public record Translation(String language, String field, String text) {

    public static final String NAME = "name";
    public static final String DESCRIPTION = "description";
}
