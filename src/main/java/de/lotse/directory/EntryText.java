package de.lotse.directory;

import java.util.List;
import java.util.Optional;

import de.lotse.language.Language;

/**
 * An entry's name and description as a reader sees them: in the page's language where the editors translated them,
 * else in German (marked, so the page can say {@code lang="de"}); Leichte Sprache reads the easy description.
 */
public record EntryText(String name, boolean nameInGerman, String description, boolean descriptionInGerman) {

    public static EntryText of(DirectoryEntry entry, List<Translation> translations, Language reader) {
        DirectoryEntry.Service service = entry.service();
        if (reader == Language.GERMAN || reader == Language.EASY_GERMAN) {
            String description = reader == Language.EASY_GERMAN
                    ? service.easyDescription().orElse(service.description()) : service.description();
            return new EntryText(service.name(), false, description, false);
        }
        Optional<String> name = translated(translations, reader, Translation.NAME);
        Optional<String> description = translated(translations, reader, Translation.DESCRIPTION);
        return new EntryText(name.orElse(service.name()), name.isEmpty(), description.orElse(service.description()),
                description.isEmpty());
    }

    private static Optional<String> translated(List<Translation> translations, Language reader, String field) {
        return translations.stream().filter(translation -> translation.language().equals(reader.code())
                && translation.field().equals(field)).map(Translation::text).findFirst();
    }

    /** The {@code lang} attribute of the name: "de" where it is German on a page in another language, else none. */
    public String nameLang() {
        return nameInGerman ? "de" : null;
    }

    public String descriptionLang() {
        return descriptionInGerman ? "de" : null;
    }
}
