package de.lotse.directory;

import de.lotse.language.Language;

/** A topic a service helps with (HSDS taxonomy term), named in German, English and Leichte Sprache. */
public record Topic(String code, String german, String english, String easyGerman) {

    public String name(Language language) {
        return switch (language) {
            case EASY_GERMAN -> easyGerman;
            case GERMAN -> german;
            default -> english;
        };
    }
}
