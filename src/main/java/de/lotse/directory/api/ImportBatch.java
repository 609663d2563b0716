package de.lotse.directory.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.Translation;

/**
 * What an import file holds, read and checked: the services with everything they refer to, which organization each
 * location belongs to, and the translations of services whose record carries them ({@code x_translations}; a service
 * without that field keeps the translations it has). Nothing of it is in the database yet.
 */
record ImportBatch(List<DirectoryEntry> entries, Map<UUID, UUID> locationOrganizations,
        Map<UUID, List<Translation>> translations) {

    ImportBatch(List<DirectoryEntry> entries, Map<UUID, UUID> locationOrganizations) {
        this(entries, locationOrganizations, Map.of());
    }

    /** The result of reading a file: a batch to write if there are no problems, else the problems. */
    record Read(ImportBatch batch, List<ImportProblem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }
}
