package de.lotse.directory.web;

import java.util.List;
import java.util.Optional;

import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.editing.DirectoryEditing;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.StaffMember;

/** A partner editor's directory entries: status, pending change, last check, and the organizations to add one to. */
public record EditorListView(StaffMember viewer, CounsellingCentre centre, List<DirectoryEditing.Listed> entries,
        List<DirectoryEntry.Organization> organizations, Optional<String> notice) {
}
