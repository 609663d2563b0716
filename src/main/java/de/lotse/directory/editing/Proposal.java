package de.lotse.directory.editing;

import java.util.List;

import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.Translation;

/** An entry as its editor wants it to read, with its texts in other languages; kept as JSON until it is published. */
public record Proposal(DirectoryEntry entry, List<Translation> translations) {

    public Proposal {
        translations = List.copyOf(translations);
    }
}
