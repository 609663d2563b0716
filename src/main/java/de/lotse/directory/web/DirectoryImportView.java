package de.lotse.directory.web;

import java.util.Optional;

import de.lotse.directory.api.DirectoryImport;
import de.lotse.organisation.StaffMember;

/**
 * The coordinator's import page.
 *
 * @param outcome what the last upload did, if there was one
 * @param problemKey a problem with the upload itself (no file), if any
 */
public record DirectoryImportView(StaffMember admin, Optional<DirectoryImport.Outcome> outcome,
        Optional<String> problemKey, String csvExample, String jsonExample) {

    public boolean hasErrors() {
        return problemKey.isPresent() || outcome.map(o -> !o.imported()).orElse(false);
    }
}
