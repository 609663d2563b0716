package de.lotse.directory.web;

import java.util.List;
import java.util.Optional;

import de.lotse.directory.DirectoryEntry;
import de.lotse.directory.editing.DirectoryEditing;
import de.lotse.organisation.CounsellingCentre;
import de.lotse.organisation.StaffMember;

/**
 * A partner editor's directory entries: status, pending change, last check, and the organizations to add one to. While
 * the centre is not approved, only the notice why (with the reason given) and nothing to do.
 */
public record EditorListView(StaffMember viewer, CounsellingCentre centre, List<DirectoryEditing.Listed> entries,
        List<DirectoryEntry.Organization> organizations, Optional<String> notice, Optional<String> reason) {

    public static EditorListView notApproved(StaffMember viewer, CounsellingCentre centre, Optional<String> reason) {
        return new EditorListView(viewer, centre, List.of(), List.of(), Optional.empty(), reason);
    }

    public String reasonOrNull() {
        return reason.orElse(null);
    }
}
