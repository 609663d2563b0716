package de.lotse.directory.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.lotse.directory.DirectoryEntry;

/**
 * What an import file holds, read and checked: the services with everything they refer to, and which organization
 * each location belongs to. Nothing of it is in the database yet.
 */
record ImportBatch(List<DirectoryEntry> entries, Map<UUID, UUID> locationOrganizations) {

    /** The result of reading a file: a batch to write if there are no problems, else the problems. */
    record Read(ImportBatch batch, List<ImportProblem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }
}
